using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Catalog;

[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class EditModel(CatalogEditor editor, RegionDirectory regions, IStringLocalizer<CatalogText> text) : AppFormModel(regions, text)
{
    [BindProperty(SupportsGet = true)]
    public string Slug { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var found = await editor.FindForEditAsync(User, Slug, cancellationToken);
        switch (found.Status)
        {
            case EditStatus.NotFound:
                return NotFound();
            case EditStatus.Forbidden:
                return Forbid();
        }

        Input = AppInputs.From(found.Value!);
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
