using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.IntegrationTests.Forum;

/// <summary>Posting too fast in the forum, on a host of its own with a small posting limit (the shared hosts keep theirs high).</summary>
public sealed class ForumRateLimitTests
{
    [Fact]
    public async Task Replies_beyond_the_limit_get_429_with_Retry_After_an_Indonesian_page_and_are_not_stored_while_others_still_post()
    {
        await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?>
        {
            ["Accounts:Posting:PermitLimit"] = "3",
            ["Accounts:Posting:WindowSeconds"] = "300",
        });
        var (fast, fastUser) = await AdoptionArrangements.SignedInAsync(host, Roles.Anggota, "61.72");
        var (colleague, _) = await AdoptionArrangements.SignedInAsync(host, Roles.Anggota, "61.72");
        var (threadUrl, threadId) = await ForumFlows.StartThreadAsync(colleague, "umum", "Batas kecepatan menulis");

        var allowed = new List<HttpStatusCode>();
        for (var i = 1; i <= 3; i++)
        {
            using var reply = await ForumFlows.ReplyAsync(fast, threadUrl, $"Balasan cepat nomor {i}.");
            allowed.Add(reply.StatusCode);
        }

        using var refused = await ForumFlows.ReplyAsync(fast, threadUrl, "Balasan keempat yang terlalu cepat.");
        using var refusedAgain = await ForumFlows.ReplyAsync(fast, threadUrl, "Balasan kelima yang terlalu cepat.");
        var ownPost = (await ForumFlows.PostsAsync(host, threadId)).First(p => p.AuthorId == fastUser.Id);
        using var edit = await AccountFlows.SubmitPageAsync(fast, $"/forum/p/{ownPost.Id}/ubah", ("Input.Body", "Suntingan yang terlalu cepat."));
        using var colleagueReply = await ForumFlows.ReplyAsync(colleague, threadUrl, "Saya tetap bisa membalas.");

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], allowed);
        foreach (var response in new[] { refused, refusedAgain, edit })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After tells when to try again.");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Terlalu banyak", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, colleagueReply.StatusCode);
        var posts = await ForumFlows.PostsAsync(host, threadId);
        Assert.Equal(
            ["Isi pertama topik ini.", "Balasan cepat nomor 1.", "Balasan cepat nomor 2.", "Balasan cepat nomor 3.", "Saya tetap bisa membalas."],
            posts.Select(p => p.Body));
        Assert.Equal(5, (await ForumFlows.ThreadAsync(host, threadId)).PostCount);
        Assert.Null(posts.Single(p => p.Id == ownPost.Id).EditedAt);

        // Reading is never limited.
        Assert.Contains("Balasan cepat nomor 3.", await Html.GetPageAsync(fast, threadUrl), StringComparison.Ordinal);
        host.AssertNoUnexpectedProblems();
    }
}
