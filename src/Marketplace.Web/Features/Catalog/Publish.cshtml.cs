using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Catalog;

[Authorize]
public sealed class PublishModel(CatalogEditor editor, RegionDirectory regions, IStringLocalizer<CatalogText> text) : AppFormModel(regions, text)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!CatalogPermissions.CanPublishAnything(User))
        {
            return Forbid();
        }

        await PrepareFormAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DropEmptyContacts();
        if (ModelState.IsValid)
        {
            var outcome = await editor.CreateAsync(User, Input, cancellationToken);
            switch (outcome.Status)
            {
                case EditStatus.Done:
                    TempData["Status"] = Text[Input.Publish ? "Publish.Published" : "Publish.Saved"].Value;
                    return Redirect($"/katalog/{outcome.Value!.Slug}");
                case EditStatus.Forbidden:
                    return Forbid();
                default:
                    Show(outcome.Errors);
                    break;
            }
        }

        await PrepareFormAsync(cancellationToken);
        return Page();
    }
}
