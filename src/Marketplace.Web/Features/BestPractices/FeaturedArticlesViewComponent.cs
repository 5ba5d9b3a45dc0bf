using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>The featured, published Praktik Baik articles on the home page (nothing when there are none).</summary>
public sealed class FeaturedArticlesViewComponent(ArticleService articles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/BestPractices/_FeaturedArticles.cshtml", await articles.FeaturedAsync(HttpContext.RequestAborted));
}
