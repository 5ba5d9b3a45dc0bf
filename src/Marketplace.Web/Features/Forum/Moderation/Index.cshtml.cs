using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// The moderation queue (/forum/moderasi), for Kurator and Administrator: posts with open flags, hidden ones first, with
/// who flagged them and why; and the post actions (hide, keep hidden, restore, dismiss) that the queue and the thread
/// page post here. Members get 403, anonymous visitors the sign-in page.
/// </summary>
[EnableRateLimiting(Accounts.AccountRateLimits.Posting)]
public sealed class QueueModel(ModerationService moderation, IStringLocalizer<ModerationText> text) : ModerationPageModel(text)
{
    public IReadOnlyList<QueueItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Gate() is { } refusal)
        {
            return refusal;
        }

        Items = await moderation.QueueAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostHideAsync(int postId, ReasonInput input, string? returnUrl, CancellationToken cancellationToken) =>
        Gate() ?? Answer(await moderation.HideAsync(User, postId, input, cancellationToken), returnUrl);

    public async Task<IActionResult> OnPostRestoreAsync(int postId, string? returnUrl, CancellationToken cancellationToken) =>
        Gate() ?? Answer(await moderation.RestoreAsync(User, postId, cancellationToken), returnUrl);

    public async Task<IActionResult> OnPostDismissAsync(int postId, string? returnUrl, CancellationToken cancellationToken) =>
        Gate() ?? Answer(await moderation.DismissAsync(User, postId, cancellationToken), returnUrl);
}
