using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Content;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>
/// One recommendation: the current version (or ?versi=n) rendered, its state in words, the source thread, the current
/// version's reviews with their counts, the history and the versions; and as small forms the moves the reader may make,
/// each carrying the revision (or, for a review, the version) it was shown with.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
public sealed class ShowModel(RecommendationService recommendations, IMarkdownRenderer markdown, RegionDirectory regions, IStringLocalizer<RecommendationText> text)
    : RecommendationPageModel(text)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "versi")]
    public int? Versi { get; set; }

    [BindProperty]
    public RecommendationMoveInput Move { get; set; } = new();

    [BindProperty]
    public RecommendationReviewInput Review { get; set; } = new();

    public RecommendationView View { get; private set; } = null!;

    public IReadOnlyList<RecommendationAction> Actions { get; private set; } = [];

    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    public RegionSnapshot Regions { get; private set; } = null!;

    /// <summary>The form that was posted and refused, to show its message and what was typed next to it.</summary>
    public RecommendationAction? Refused { get; private set; }

    public RecommendationReview? MyReview => View.Reviews.FirstOrDefault(r => r.UserId == User.UserId());

    public string Address => RecommendationService.Url(View.Recommendation.Id, View.Recommendation.Title);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => MoveAsync(RecommendationAction.Submit, cancellationToken);

    public Task<IActionResult> OnPostEndorseAsync(CancellationToken cancellationToken) => MoveAsync(RecommendationAction.Endorse, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) => MoveAsync(RecommendationAction.Return, cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) => MoveAsync(RecommendationAction.Withdraw, cancellationToken);

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        var result = await recommendations.ReviewAsync(User, Id, Review, cancellationToken);
        if (result.Value is not null)
        {
            TempData["Status"] = Text["Show.Reviewed"].Value;
            return await RedirectHereAsync(cancellationToken);
        }

        return await RefusedAsync(result, RecommendationAction.Review, "Review", cancellationToken);
    }

    public string? FieldError(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<IActionResult> MoveAsync(RecommendationAction action, CancellationToken cancellationToken)
    {
        var result = await recommendations.MoveAsync(User, Id, action, Move, cancellationToken);
        if (result.Value is { } moved)
        {
            TempData["Status"] = Text["Show.Moved", Text["State." + moved.State].Value].Value;
            return Redirect(RecommendationService.Url(moved.Id, moved.Title));
        }

        return await RefusedAsync(result, action, "Move", cancellationToken);
    }

    private async Task<IActionResult> RefusedAsync<T>(RecommendationResult<T> result, RecommendationAction action, string prefix, CancellationToken cancellationToken)
        where T : class
    {
        if (result.Status == RecommendationStatus.Invalid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Show(result.Errors, prefix);
        }
        else if (Refuse(result, prefix) is { } answer)
        {
            return answer;
        }

        Refused = action;
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> RedirectHereAsync(CancellationToken cancellationToken)
    {
        var found = await recommendations.FindAsync(User, Id, null, cancellationToken);
        return found.Value is { } view ? Redirect(RecommendationService.Url(view.Recommendation.Id, view.Recommendation.Title)) : NotFound();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var found = await recommendations.FindAsync(User, Id, Versi, cancellationToken);
        if (found.Value is not { } view)
        {
            return found.Status == RecommendationStatus.SignInRequired ? Challenge() : NotFound();
        }

        View = view;
        Actions = RecommendationRules.Available(view.Recommendation.State, view.Actor);
        Body = markdown.Render(view.Shown.Body);
        Regions = await regions.GetAsync(cancellationToken);
        return Page();
    }
}
