using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>
/// On an application's page: the Kurator's curation (criteria met, next review) and the Praktik Baik articles that
/// mention the application. Nothing is shown when there is neither, except the curation link for a Kurator.
/// </summary>
public sealed class AppBestPracticesViewComponent(CurationService curations, ArticleService articles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(SharedApp app)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var curation = await curations.FindAsync(app.Id, cancellationToken);
        var mentions = await articles.ForAppAsync(app.Id, cancellationToken);
        return View("/Features/BestPractices/_AppBestPractices.cshtml", new AppBestPracticesModel(
            app.Slug,
            curation is { State: not CurationState.None } ? curation : null,
            mentions,
            BestPracticePermissions.CanWrite(UserClaimsPrincipal) && app.Status != AppStatus.Draft,
            curations.Today));
    }
}

/// <summary>What the application page's Praktik Baik section shows.</summary>
public sealed record AppBestPracticesModel(string Slug, AppCuration? Curation, IReadOnlyList<BestPracticeArticle> Articles, bool CanCurate, DateOnly Today)
{
    public IReadOnlyList<CurationCriterion> Met => Curation is null ? [] : CurationCriteria.Parse(Curation.CriteriaMet);
}
