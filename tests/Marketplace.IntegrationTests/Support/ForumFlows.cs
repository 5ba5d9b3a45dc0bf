using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Support;

/// <summary>The forum's forms driven the way a browser without JavaScript sends them, and arrangements made in the database.</summary>
public static partial class ForumFlows
{
    public static Task<HttpResponseMessage> StartAsync(HttpClient client, string board, string title, string body, string tags = "", bool preview = false)
    {
        (string, string)[] fields = [("Input.Title", title), ("Input.Body", body), ("Input.Tags", tags)];
        return AccountFlows.SubmitPageAsync(client, $"/forum/{board}/baru", preview ? [.. fields, ("pratinjau", "1")] : fields);
    }

    /// <summary>Starts a thread and returns its address (/forum/t/{id}/{slug}) and id.</summary>
    public static async Task<(string Url, int Id)> StartThreadAsync(HttpClient client, string board, string title, string body = "Isi pertama topik ini.", string tags = "")
    {
        using var response = await StartAsync(client, board, title, body, tags);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = response.Headers.Location!.OriginalString;
        return (url, int.Parse(url.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Task<HttpResponseMessage> ReplyAsync(HttpClient client, string threadUrl, string body, int? replyTo = null, bool preview = false, string? page = null)
    {
        var fields = new List<(string, string)> { ("Input.Body", body) };
        if (replyTo is { } id)
        {
            fields.Add(("Input.ReplyToPostId", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (preview)
        {
            fields.Add(("pratinjau", "1"));
        }

        return Forms.SubmitAsync(client, page ?? threadUrl, threadUrl + "?handler=Reply", [.. fields]);
    }

    /// <summary>Posts a thread page's action form (Delete, Answer, Pin, Lock) with the token of the thread page.</summary>
    public static async Task<HttpResponseMessage> ActionAsync(HttpClient client, string threadUrl, string handler, params (string Name, string Value)[] fields)
    {
        var token = await Forms.GetAntiforgeryAsync(client, threadUrl);
        return await Forms.PostAsync(client, $"{threadUrl}?handler={handler}", [.. fields, ("__RequestVerificationToken", token)]);
    }

    public static async Task<HttpClient> CuratorAsync(MarketplaceHost host)
    {
        var curator = await TestAccounts.CreateAsync(host, Roles.Kurator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        var key = await TestAccounts.EnableTwoFactorAsync(host, curator.Email!);
        var client = host.CreateClient();
        await AccountFlows.SignInWithCodeAsync(client, curator.Email!, key);
        return client;
    }

    public static Task<List<Post>> PostsAsync(MarketplaceHost host, int threadId) =>
        host.QueryAsync(db => db.ForumPosts.AsNoTracking().Where(p => p.ThreadId == threadId).OrderBy(p => p.Number).ToListAsync());

    public static Task<ForumThread> ThreadAsync(MarketplaceHost host, int threadId) =>
        host.QueryAsync(db => db.ForumThreads.AsNoTracking().Include(t => t.Tags).SingleAsync(t => t.Id == threadId));

    /// <summary>A board of its own for a test, made in the database (slug unique per call).</summary>
    public static Task<Board> BoardAsync(MarketplaceHost host, BoardReadAccess read = BoardReadAccess.Public, BoardPostAccess post = BoardPostAccess.Members) =>
        host.QueryAsync(async db =>
        {
            var slug = "uji-" + Guid.NewGuid().ToString("N")[..10];
            var board = new Board { Slug = slug, Name = "Papan " + slug, Kind = BoardKind.Umum, ReadAccess = read, PostAccess = post, Order = 900 };
            db.ForumBoards.Add(board);
            await db.SaveChangesAsync();
            return board;
        });

    /// <summary>The numbers of the posts a thread page shows, in page order.</summary>
    public static IReadOnlyList<int> Numbers(string html) =>
        PostAnchor().Matches(html).Select(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex("""<article class="forum-post[^"]*" id="pesan-(?<n>\d+)" """)]
    private static partial Regex PostAnchor();
}
