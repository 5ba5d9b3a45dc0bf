using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Catalog;

[Authorize]
public sealed class EditModel(CatalogEditor editor, RegionDirectory regions, IStringLocalizer<CatalogText> text) : AppFormModel(regions, text)
{
    [BindProperty(SupportsGet = true)]
    public string Slug { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(Slug, cancellationToken) is not { } app || !CatalogPermissions.CanSee(User, app))
        {
            return NotFound();
        }

        if (!CatalogPermissions.CanEdit(User, app))
        {
            return Forbid();
        }

        Input = AppInputs.From(app);
        await PrepareFormAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DropEmptyContacts();
        if (ModelState.IsValid && Answer(await editor.UpdateAsync(User, Slug, Input, cancellationToken), "Edit.Saved") is { } answer)
        {
            return answer;
        }

        await PrepareFormAsync(cancellationToken);
        return Page();
    }
}
