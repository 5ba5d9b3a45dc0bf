using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum;

/// <summary>
/// Edits a post: its author, or a moderator (anyone else gets 403). The old body is kept as a revision, listed below
/// the form, and the post shows "diedit" with who and when.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class EditPostModel(ForumService forum, IMarkdownRenderer markdown, IStringLocalizer<ForumText> text) : ForumPageModel(text)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public PostInput Input { get; set; } = new();

    public Post Post { get; private set; } = null!;

    public ThreadView View { get; private set; } = null!;

    public IReadOnlyList<PostRevision> Revisions { get; private set; } = [];

    public IHtmlContent? Preview { get; private set; }

    public IHtmlContent Render(string body) => markdown.Render(body);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input.Body = Post.Body;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
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

        var result = await forum.EditAsync(User, Id, Input, cancellationToken);
        if (result.Value is { } post)
        {
            TempData["Status"] = Text["Post.Saved", post.Number].Value;
            return Redirect(Quoting.PostUrl(post.ThreadId, View.Thread.Title, post.Number));
        }

        if (result.Status != ForumStatus.Invalid)
        {
            return Refuse(result.Status);
        }

        Show(result.Errors);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await forum.FindForEditAsync(User, Id, cancellationToken);
        if (found.Value is not { } post)
        {
            return Refuse(found.Status);
        }

        Post = post;
        View = (await forum.FindThreadAsync(User, post.ThreadId, cancellationToken)).Value!;
        Revisions = await forum.RevisionsAsync(post.Id, cancellationToken);
        return null;
    }
}
