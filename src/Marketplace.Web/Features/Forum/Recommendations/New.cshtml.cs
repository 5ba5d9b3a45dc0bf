using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>Drafts a recommendation from a pokja thread: title and a Markdown body prefilled with the four usual parts, with a preview.</summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class NewModel(RecommendationService recommendations, IMarkdownRenderer markdown, IStringLocalizer<RecommendationText> text)
    : RecommendationPageModel(text), IRecommendationFormPage
{
    [BindProperty(SupportsGet = true)]
    public int ThreadId { get; set; }

    [BindProperty]
    public RecommendationInput Input { get; set; } = new();

    public ThreadView? Source { get; private set; }

    public IHtmlContent? Preview { get; private set; }

    public bool IsEdit => false;

    public string CancelUrl => Source is { } source ? Quoting.ThreadUrl(source.Thread.Id, source.Thread.Title) : "/forum";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input.Title = Source?.Thread.Title;
        Input.Body = RecommendationRules.Skeleton(Text["Skeleton.Background"], Text["Skeleton.Recommendation"], Text["Skeleton.LegalBasis"], Text["Skeleton.FollowUp"]);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Blocked)
        {
            return Page();
        }

        if (IsPreview)
        {
            var errors = RecommendationChecks.Check(Input);
            Show(errors);
            Preview = errors.Count == 0 ? markdown.Render(Input.Body) : null;
            return Page();
        }

        var result = await recommendations.CreateAsync(User, ThreadId, Input, cancellationToken);
        if (result.Value is { } created)
        {
            TempData["Status"] = Text["New.Saved"].Value;
            return Redirect(RecommendationService.Url(created.Id, created.Title));
        }

        if (result.Status == RecommendationStatus.Invalid)
        {
            Show(result.Errors);
            return Page();
        }

        Blocked = true;
        return Refuse(result) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await recommendations.FindSourceAsync(User, ThreadId, cancellationToken);
        Source = found.Value;
        if (found.Value is null)
        {
            Blocked = true;
            return Refuse(found);
        }

        return null;
    }
}
