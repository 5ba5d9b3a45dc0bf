using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Forum.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Support;

/// <summary>The recommendation pages' forms driven as a browser without JavaScript sends them, and pokja boards and members arranged in the database.</summary>
public static partial class RecommendationFlows
{
    /// <summary>A pokja board of its own for a test (its members post; who reads is <paramref name="read"/>).</summary>
    public static Task<Board> PokjaAsync(MarketplaceHost host, BoardReadAccess read = BoardReadAccess.Public) =>
        host.QueryAsync(async db =>
        {
            var slug = "pokja-uji-" + Guid.NewGuid().ToString("N")[..10];
            var board = new Board { Slug = slug, Name = "Pokja Uji " + slug[^4..], Kind = BoardKind.Pokja, ReadAccess = read, PostAccess = BoardPostAccess.PokjaMembers, Order = 900 };
            db.ForumBoards.Add(board);
            await db.SaveChangesAsync();
            return board;
        });

    /// <summary>A signed-in member of <paramref name="board"/>'s pokja, from <paramref name="region"/>.</summary>
    public static async Task<(HttpClient Client, ApplicationUser User)> MemberAsync(MarketplaceHost host, Board board, string region = "33.74")
    {
        var (client, user) = await AdoptionArrangements.SignedInAsync(host, Roles.Anggota, region);
        await host.QueryAsync(async db =>
        {
            db.ForumBoardMembers.Add(new BoardMember { BoardId = board.Id, UserId = user.Id, AddedAt = DateTimeOffset.UtcNow, AddedByName = "Uji" });
            await db.SaveChangesAsync();
            return 0;
        });
        return (client, user);
    }

    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, int threadId, string title, string body, bool preview = false)
    {
        var page = $"/forum/t/{threadId}/rekomendasi/baru";
        (string, string)[] fields = [("Input.Title", title), ("Input.Body", body)];
        return AccountFlows.SubmitPageAsync(client, page, preview ? [.. fields, ("pratinjau", "1")] : fields);
    }

    /// <summary>Drafts a recommendation and returns its address and id.</summary>
    public static async Task<(string Url, int Id)> CreateRecommendationAsync(HttpClient client, int threadId, string title, string body = "## Rekomendasi\n\nGunakan aplikasi umum.")
    {
        using var response = await CreateAsync(client, threadId, title, body);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = response.Headers.Location!.OriginalString;
        return (url, int.Parse(url.Split('/')[3], CultureInfo.InvariantCulture));
    }

    /// <summary>Saves a new version through the edit page, with the revision that page shows unless <paramref name="revision"/> is given.</summary>
    public static async Task<HttpResponseMessage> EditAsync(HttpClient client, int id, string title, string body, string changeNote = "", int? revision = null)
    {
        var page = $"/forum/rekomendasi/{id}/ubah";
        using var form = await client.GetAsync(page);
        var html = await form.Content.ReadAsStringAsync();
        var shown = RevisionPattern().Match(html);
        var token = shown.Success ? TokenOf(html) : await Forms.GetAntiforgeryAsync(client, "/forum");
        var seen = revision ?? (shown.Success ? int.Parse(shown.Groups["r"].Value, CultureInfo.InvariantCulture) : 1);
        return await Forms.PostAsync(client, page,
            ("Input.Title", title), ("Input.Body", body), ("Input.ChangeNote", changeNote), ("Input.Revision", seen.ToString(CultureInfo.InvariantCulture)), ("__RequestVerificationToken", token));
    }

    /// <summary>
    /// Posts a move (Submit, Endorse, Return, Withdraw) from the detail page with the revision its form carries, unless
    /// <paramref name="revision"/> is given; the token comes from any page the client may open, as a hand-made post would.
    /// </summary>
    public static async Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, string handler, string note = "", int? revision = null)
    {
        var page = $"/forum/rekomendasi/{id}";
        using var shown = await client.GetAsync(page);
        var html = await shown.Content.ReadAsStringAsync();
        var seen = revision ?? (MoveRevisionPattern().Match(html) is { Success: true } m ? int.Parse(m.Groups["r"].Value, CultureInfo.InvariantCulture) : 0);
        return await Forms.PostAsync(client, $"{page}?handler={handler}",
            ("Move.Note", note), ("Move.Revision", seen.ToString(CultureInfo.InvariantCulture)), ("__RequestVerificationToken", await Forms.GetAntiforgeryAsync(client, "/forum")));
    }

    /// <summary>A member's verdict on <paramref name="version"/> (the current version by default).</summary>
    public static async Task<HttpResponseMessage> ReviewAsync(HttpClient client, int id, string verdict, string comment = "", int? version = null)
    {
        var seen = version ?? await CurrentVersionAsync(client, id);
        return await Forms.PostAsync(client, $"/forum/rekomendasi/{id}?handler=Review",
            ("Review.Verdict", verdict), ("Review.Comment", comment), ("Review.VersionNumber", seen.ToString(CultureInfo.InvariantCulture)),
            ("__RequestVerificationToken", await Forms.GetAntiforgeryAsync(client, "/forum")));
    }

    public static Task<Recommendation> LoadAsync(MarketplaceHost host, int id) =>
        host.QueryAsync(db => db.ForumRecommendations.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id));

    public static Task<List<RecommendationVersion>> VersionsAsync(MarketplaceHost host, int id) =>
        host.QueryAsync(db => db.ForumRecommendationVersions.AsNoTracking().Where(v => v.RecommendationId == id).OrderBy(v => v.Number).ToListAsync());

    public static Task<List<RecommendationReview>> ReviewsAsync(MarketplaceHost host, int id) =>
        host.QueryAsync(db => db.ForumRecommendationReviews.AsNoTracking().Where(r => r.RecommendationId == id).OrderBy(r => r.Id).ToListAsync());

    /// <summary>The messages of the page's error summary and field errors, plus a refusal's alert.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(HttpResponseMessage response) =>
        AccountFlows.Errors(await response.Content.ReadAsStringAsync());

    private static async Task<int> CurrentVersionAsync(HttpClient client, int id)
    {
        using var page = await client.GetAsync($"/forum/rekomendasi/{id}");
        var match = VersionPattern().Match(await page.Content.ReadAsStringAsync());
        return match.Success ? int.Parse(match.Groups["v"].Value, CultureInfo.InvariantCulture) : 1;
    }

    private static string TokenOf(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups["value"].Value);

    [GeneratedRegex("""<input\b(?=[^>]*\bname="Input.Revision")[^>]*\bvalue="(?<r>\d+)"[^>]*>""")]
    private static partial Regex RevisionPattern();

    [GeneratedRegex("""name="Move.Revision" value="(?<r>\d+)""")]
    private static partial Regex MoveRevisionPattern();

    [GeneratedRegex("""Versi \d+ dari (?<v>\d+)""")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("""<input\b(?=[^>]*\bname="__RequestVerificationToken")[^>]*\bvalue="(?<value>[^"]*)"[^>]*>""")]
    private static partial Regex TokenPattern();
}
