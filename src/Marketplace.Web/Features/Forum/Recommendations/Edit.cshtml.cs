using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>
/// Edits a recommendation in draft or under review: saving makes a new version with a change note. The form carries the
/// revision it was shown with, so an edit made meanwhile by someone else answers 409 and the typed text stays in the form.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class EditModel(RecommendationService recommendations, IMarkdownRenderer markdown, IStringLocalizer<RecommendationText> text)
    : RecommendationPageModel(text), IRecommendationFormPage
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public RecommendationInput Input { get; set; } = new();

    public RecommendationView? View { get; private set; }

    public IHtmlContent? Preview { get; private set; }

    public bool IsEdit => true;

    public string CancelUrl => View is { } view ? RecommendationService.Url(view.Recommendation.Id, view.Recommendation.Title) : "/forum";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!Blocked)
        {
            Input.Title = View!.Shown.Title;
            Input.Body = View.Shown.Body;
            Input.Revision = View.Recommendation.Revision;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var refusal = await LoadAsync(cancellationToken);
        if (refusal is not null || Blocked)
        {
            return refusal ?? Page();
        }

        if (IsPreview)
        {
            var errors = RecommendationChecks.Check(Input);
            Show(errors);
            Preview = errors.Count == 0 ? markdown.Render(Input.Body) : null;
            return Page();
        }

        var result = await recommendations.EditAsync(User, Id, Input, cancellationToken);
        if (result.Value is { } saved)
        {
            TempData["Status"] = Text["Edit.Saved", saved.CurrentVersion].Value;
            return Redirect(RecommendationService.Url(saved.Id, saved.Title));
        }

        if (result.Status == RecommendationStatus.Invalid)
        {
            Show(result.Errors);
            return Page();
        }

        // A stale form keeps what was typed, so it can be copied into the newer version; other refusals show only their reason.
        Blocked = result.Status != RecommendationStatus.Conflict || result.Errors.All(e => e.Key != "Rec.Stale");
        return Refuse(result) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await recommendations.FindAsync(User, Id, null, cancellationToken);
        if (found.Value is not { } view)
        {
            return Refuse(found);
        }

        View = view;
        var decision = RecommendationRules.Decide(RecommendationAction.Edit, view.Recommendation.State, view.Actor, view.Board.Kind);
        if (!decision.IsAllowed)
        {
            Blocked = true;
            return Refuse(RecommendationResult<RecommendationView>.From(decision));
        }

        return null;
    }
}
