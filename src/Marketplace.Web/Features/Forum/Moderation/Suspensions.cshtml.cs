using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// Suspensions (/forum/moderasi/skors): the ones running now with a button to lift each early, and, reached from a post
/// or the queue with ?pengguna={userId}, the form to suspend that member for 1–365 days with a reason they will read.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
public sealed class SuspensionsModel(ModerationService moderation, IStringLocalizer<ModerationText> text) : ModerationPageModel(text)
{
    [BindProperty(SupportsGet = true, Name = "pengguna")]
    public string? UserId { get; set; }

    /// <summary>The post that led to the suspension, when reached from one; the log line names it.</summary>
    [BindProperty(SupportsGet = true, Name = "pesan")]
    public int? PostId { get; set; }

    [BindProperty]
    public SuspendInput Input { get; set; } = new() { Days = 7 };

    public ApplicationUser? Member { get; private set; }

    public IReadOnlyList<(UserSuspension Suspension, string Name)> Active { get; private set; } = [];

    public Dictionary<string, string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Gate() is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(cancellationToken);
        return UserId is not null && Member is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostSuspendAsync(CancellationToken cancellationToken)
    {
        if (Gate() is { } refusal)
        {
            return refusal;
        }

        var result = await moderation.SuspendAsync(User, UserId, Input, PostId, cancellationToken);
        if (result.Status != ModerationStatus.Invalid)
        {
            return Answer(result);
        }

        Errors = ErrorsByField(result);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostLiftAsync(int suspensionId, CancellationToken cancellationToken) =>
        Gate() ?? Answer(await moderation.LiftAsync(User, suspensionId, cancellationToken));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Member = await moderation.FindUserAsync(UserId, cancellationToken);
        Active = await moderation.ActiveSuspensionsAsync(cancellationToken);
    }
}
