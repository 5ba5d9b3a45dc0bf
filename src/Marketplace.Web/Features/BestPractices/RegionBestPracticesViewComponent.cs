using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>On a region's page: the published Praktik Baik articles about the region (nothing when there are none).</summary>
public sealed class RegionBestPracticesViewComponent(ArticleService articles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string code) =>
        View("/Features/BestPractices/_RegionBestPractices.cshtml", await articles.ForRegionAsync(code, HttpContext.RequestAborted));
}
