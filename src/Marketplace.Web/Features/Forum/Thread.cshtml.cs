using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Content;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum;

/// <summary>
/// A thread at its clean address /forum/t/{id}/{slug} (a wrong or missing slug redirects), one page of posts at a time
/// (?halaman=n holds posts numbered 20(n-1)+1..20n, a range read however deep), the reply form with its preview,
/// quoting (?kutip=post) and replying (?balas=post), and the actions on posts and on the thread. Reading moves the
/// reader's mark forward; posts past the old mark are shown as new since the last visit.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
public sealed class ThreadModel(ForumService forum, IMarkdownRenderer markdown, RenderedPosts rendered, RegionDirectory regions, IStringLocalizer<ForumText> text)
    : ForumPageModel(text)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Slug { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int? PageNumber { get; set; }

    [BindProperty]
    public PostInput Input { get; set; } = new();

    public ThreadView View { get; private set; } = null!;

    public PostPage Posts { get; private set; } = null!;

    /// <summary>The number the reader had seen before this visit; posts after it are new.</summary>
    public int LastReadBefore { get; private set; }

    public bool CanPost { get; private set; }

    public Dictionary<int, Post> Related { get; private set; } = [];

    public IHtmlContent? Preview { get; private set; }

    public string? Refusal { get; private set; }

    public RegionSnapshot Regions { get; private set; } = null!;

    public string ThreadUrl => Quoting.ThreadUrl(Id, View.Thread.Title);

    public IHtmlContent Render(Post post) => rendered.Render(Mentions.Link(post.Body, Posts.MentionLinks));

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "balas")] int? replyTo, [FromQuery(Name = "kutip")] int? quote, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Slug != Quoting.ThreadSlug(View.Thread.Title))
        {
            return RedirectPermanent(ThreadUrl + Request.QueryString);
        }

        var target = quote ?? replyTo;
        if (target is { } id && Related.GetValueOrDefault(id) is { } quoted && quoted.ThreadId == Id)
        {
            Input.ReplyToPostId = id;
            if (quote is not null && quoted.DeletedAt is null && quoted.HiddenAt is null)
            {
                Input.Body = Quoting.Quote(quoted.AuthorName, Quoting.PostUrl(Id, View.Thread.Title, quoted.Number), Text["Quote.Wrote"], quoted.Body);
            }
        }

        LastReadBefore = await forum.MarkReadAsync(User, Id, Posts.Posts.Count > 0 ? Posts.Posts[^1].Number : 0, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(CancellationToken cancellationToken)
    {
        if (!ForumPermissions.IsSignedIn(User))
        {
            return Challenge();
        }

        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (IsPreview)
        {
            var errors = ForumChecks.Check(Input);
            Show(errors);
            Preview = errors.Count == 0 ? markdown.Render(Input.Body) : null;
            return Page();
        }

        var result = await forum.ReplyAsync(User, Id, Input, cancellationToken);
        switch (result.Status)
        {
            case ForumStatus.Done:
                return Redirect(Quoting.PostUrl(Id, View.Thread.Title, result.Value!.Number));
            case ForumStatus.Invalid:
                Show(result.Errors);
                return Page();
            case ForumStatus.Locked:
                Refusal = Text["Thread.LockedRefusal"];
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                return Refuse(result.Status);
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(int postId, CancellationToken cancellationToken)
    {
        var result = await forum.DeleteAsync(User, postId, cancellationToken);
        if (result.Value is not { } post)
        {
            return Refuse(result.Status);
        }

        TempData["Status"] = Text["Post.Deleted", post.Number].Value;
        return await BackToAsync(post.Number, cancellationToken);
    }

    public async Task<IActionResult> OnPostAnswerAsync(int postId, CancellationToken cancellationToken)
    {
        var result = await forum.MarkAnswerAsync(User, postId, cancellationToken);
        if (result.Value is not { } thread)
        {
            return Refuse(result.Status);
        }

        TempData["Status"] = Text[thread.AnswerPostId is null ? "Post.AnswerCleared" : "Post.AnswerMarked"].Value;
        return Redirect(Quoting.ThreadUrl(thread.Id, thread.Title));
    }

    public Task<IActionResult> OnPostPinAsync(bool value, CancellationToken cancellationToken) => ModerateAsync(value, null, cancellationToken);

    public Task<IActionResult> OnPostLockAsync(bool value, CancellationToken cancellationToken) => ModerateAsync(null, value, cancellationToken);

    private async Task<IActionResult> ModerateAsync(bool? pinned, bool? locked, CancellationToken cancellationToken)
    {
        var result = await forum.ModerateAsync(User, Id, pinned, locked, cancellationToken);
        if (result.Value is not { } thread)
        {
            return Refuse(result.Status);
        }

        TempData["Status"] = (pinned, locked) switch
        {
            (true, _) => Text["Thread.PinnedNow"].Value,
            (false, _) => Text["Thread.UnpinnedNow"].Value,
            (_, true) => Text["Thread.LockedNow"].Value,
            _ => Text["Thread.UnlockedNow"].Value,
        };
        return Redirect(Quoting.ThreadUrl(thread.Id, thread.Title));
    }

    private async Task<IActionResult> BackToAsync(int number, CancellationToken cancellationToken)
    {
        var view = await forum.FindThreadAsync(User, Id, cancellationToken);
        return view.Value is { } found ? Redirect(Quoting.PostUrl(found.Thread.Id, found.Thread.Title, number)) : Redirect("/forum");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await forum.FindThreadAsync(User, Id, cancellationToken);
        if (found.Value is not { } view)
        {
            return Refuse(found.Status);
        }

        View = view;
        Posts = await forum.PostsAsync(view.Thread, PageNumber ?? 1, cancellationToken);
        CanPost = await forum.CanPostAsync(User, view.Board, cancellationToken) && (!view.Thread.IsLocked || ForumPermissions.IsModerator(User));
        var wanted = Posts.Posts.Where(p => p.ReplyToPostId is not null).Select(p => p.ReplyToPostId!.Value).ToHashSet();
        if (int.TryParse(Request.Query["kutip"], out var quote))
        {
            wanted.Add(quote);
        }

        if (int.TryParse(Request.Query["balas"], out var reply))
        {
            wanted.Add(reply);
        }

        if (Input.ReplyToPostId is { } replyTo)
        {
            wanted.Add(replyTo);
        }

        Related = wanted.Count == 0 ? [] : await forum.PostsByIdAsync(wanted, cancellationToken);
        Regions = await regions.GetAsync(cancellationToken);
        return null;
    }
}
