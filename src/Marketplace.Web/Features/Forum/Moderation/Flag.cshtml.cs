using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// Flags a post (/forum/p/{id}/tandai): the thread page's disclosure posts here, and this page shows the same form on its
/// own, with the messages beside its fields when the reason is missing. Flagging again, or one's own post, changes nothing
/// and says so on the thread.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class FlagModel(FlagService flags, ForumService forum, IStringLocalizer<ModerationText> text) : ModerationPageModel(text)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public FlagInput Input { get; set; } = new();

    public Post Post { get; private set; } = null!;

    public ThreadView View { get; private set; } = null!;

    public string? ReasonError { get; private set; }

    public string? NoteError { get; private set; }

    public string PostUrl => Quoting.PostUrl(View.Thread.Id, View.Thread.Title, Post.Number);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return FlagService.CanFlag(User, Post) ? Page() : Answer(await flags.FlagAsync(User, Id, new FlagInput(), cancellationToken));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var result = await flags.FlagAsync(User, Id, Input, cancellationToken);
        if (result.Status != ModerationStatus.Invalid)
        {
            return Answer(result);
        }

        var errors = ErrorsByField(result);
        ReasonError = errors.GetValueOrDefault(nameof(FlagInput.Reason));
        NoteError = errors.GetValueOrDefault(nameof(FlagInput.Note));
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var post = await forum.FindPostAsync(Id, cancellationToken);
        if (post is null || post.DeletedAt is not null)
        {
            return NotFound();
        }

        var view = await forum.FindThreadAsync(User, post.ThreadId, cancellationToken);
        if (view.Value is not { } found)
        {
            return view.Status == ForumStatus.SignInRequired ? Challenge() : NotFound();
        }

        Post = post;
        View = found;
        return null;
    }
}
