using System.Globalization;
using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Forum.Moderation;

/// <summary>Moderation's forms driven as a browser without JavaScript sends them, from the page that shows them.</summary>
public static class ModerationFlows
{
    public const string Queue = "/forum/moderasi";

    /// <summary>Flags the post from the thread page's disclosure form.</summary>
    public static Task<HttpResponseMessage> FlagAsync(HttpClient client, string threadUrl, int postId, string reason, string note = "") =>
        Forms.SubmitAsync(client, threadUrl, $"/forum/p/{postId}/tandai", ("Input.Reason", reason), ("Input.Note", note));

    /// <summary>A signed-in Kurator (with two-factor, as the site asks of curators) and their account.</summary>
    public static async Task<(HttpClient Client, ApplicationUser User)> CuratorAsync(MarketplaceHost host)
    {
        var curator = await TestAccounts.CreateAsync(host, Roles.Kurator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        var key = await TestAccounts.EnableTwoFactorAsync(host, curator.Email!);
        var client = host.CreateClient();
        await AccountFlows.SignInWithCodeAsync(client, curator.Email!, key);
        return (client, curator);
    }

    /// <summary>Posts a form of <paramref name="page"/> that goes to <paramref name="action"/>.</summary>
    public static Task<HttpResponseMessage> ActAsync(HttpClient client, string page, string action, params (string Name, string Value)[] fields) =>
        Forms.SubmitAsync(client, page, action, fields);

    /// <summary>Posts to a handler with the antiforgery token of another page (for clients that are not shown the form).</summary>
    public static async Task<HttpResponseMessage> PostWithTokenOfAsync(HttpClient client, string tokenPage, string action, params (string Name, string Value)[] fields)
    {
        var token = await Forms.GetAntiforgeryAsync(client, tokenPage);
        return await Forms.PostAsync(client, action, [.. fields, ("__RequestVerificationToken", token)]);
    }

    /// <summary>Follows a redirect and returns the page's HTML (status and error messages live there).</summary>
    public static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await Html.GetPageAsync(client, response.Headers.Location!.OriginalString);
    }

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static Task<List<PostFlag>> FlagsAsync(MarketplaceHost host, int postId) =>
        host.QueryAsync(db => db.ForumPostFlags.AsNoTracking().Where(f => f.PostId == postId).OrderBy(f => f.Id).ToListAsync());

    public static Task<List<ModerationLogEntry>> LogAsync(MarketplaceHost host, ModerationAction action, int? threadId = null, string? subject = null) =>
        host.QueryAsync(db => db.ForumModerationLog.AsNoTracking()
            .Where(e => e.Action == action && (threadId == null || e.ThreadId == threadId) && (subject == null || e.SubjectUserId == subject))
            .OrderBy(e => e.Id).ToListAsync());
}
