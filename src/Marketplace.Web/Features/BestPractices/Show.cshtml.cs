using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Content;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>One article with the applications and regions it is about. Drafts answer 404 to everyone but a Kurator.</summary>
public sealed class ShowModel(ArticleService articles, RegionDirectory regions, IMarkdownRenderer markdown) : PageModel
{
    public BestPracticeArticle Article { get; private set; } = null!;

    public IHtmlContent BodyHtml { get; private set; } = HtmlString.Empty;

    public IReadOnlyList<SharedApp> Apps { get; private set; } = [];

    public IReadOnlyList<RegionInfo> Regions { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await articles.FindAsync(User, slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        BodyHtml = markdown.Render(article.Body);
        Apps = await articles.LinkedAppsAsync(article, cancellationToken);
        var directory = await regions.GetAsync(cancellationToken);
        Regions = article.Regions.Select(r => directory.Find(r.RegionCode)).OfType<RegionInfo>().OrderBy(r => r.Name).ToList();
        CanWrite = BestPracticePermissions.CanWrite(User);
        return Page();
    }
}
