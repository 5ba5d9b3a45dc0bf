using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// A thread's moderation (/forum/moderasi/topik/{id}): move it to another board, delete it (softly) or restore it. The
/// thread page's controls post here; the page itself shows the same forms, with the message beside the board field when a
/// move is refused.
/// </summary>
[EnableRateLimiting(Accounts.AccountRateLimits.Posting)]
public sealed class ThreadActionsModel(ModerationService moderation, ForumService forum, IStringLocalizer<ModerationText> text) : ModerationPageModel(text)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public string? BoardSlug { get; set; }

    public ThreadView View { get; private set; } = null!;

    public IReadOnlyList<Board> Boards { get; private set; } = [];

    public string? BoardError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        Gate() ?? await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostMoveAsync(CancellationToken cancellationToken)
    {
        if ((Gate() ?? await LoadAsync(cancellationToken)) is { } refusal)
        {
            return refusal;
        }

        var result = await moderation.MoveThreadAsync(User, Id, BoardSlug, cancellationToken);
        if (result.Status != ModerationStatus.Invalid)
        {
            return Answer(result);
        }

        BoardError = ErrorsByField(result).GetValueOrDefault(nameof(BoardSlug));
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? reason, CancellationToken cancellationToken) =>
        Gate() ?? Answer(await moderation.SetThreadDeletedAsync(User, Id, delete: true, reason, cancellationToken));

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) =>
        Gate() ?? Answer(await moderation.SetThreadDeletedAsync(User, Id, delete: false, null, cancellationToken));

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await forum.FindThreadAsync(User, Id, cancellationToken);
        if (found.Value is not { } view)
        {
            return NotFound();
        }

        View = view;
        Boards = await moderation.BoardsAsync(cancellationToken);
        return null;
    }
}
