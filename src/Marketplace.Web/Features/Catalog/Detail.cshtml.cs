using Marketplace.Web.Features.Content;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Catalog;

/// <summary>The whole story of one application. Drafts exist only for those who may edit them (404 for everyone else).</summary>
public sealed class DetailModel(CatalogEditor catalog, RegionDirectory regions, IMarkdownRenderer markdown) : PageModel
{
    public SharedApp App { get; private set; } = null!;

    public string OwnerName { get; private set; } = "";

    public IReadOnlyList<string> Categories { get; private set; } = [];

    public IHtmlContent DescriptionHtml { get; private set; } = HtmlString.Empty;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(slug, cancellationToken) is not { } app || !CatalogPermissions.CanSee(User, app))
        {
            return NotFound();
        }

        App = app;
        OwnerName = (await regions.GetAsync(cancellationToken)).Find(app.OwnerRegionCode)?.Name ?? app.OwnerRegionCode;
        Categories = app.Tags.Where(t => t.Kind == TagKind.Category).Select(t => t.Value).Order().ToList();
        DescriptionHtml = Render(app.Description);
        CanEdit = CatalogPermissions.CanEdit(User, app);
        return Page();
    }

    public IHtmlContent Render(string text) => markdown.Render(text);
}
