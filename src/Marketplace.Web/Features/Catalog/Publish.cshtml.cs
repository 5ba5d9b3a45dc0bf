using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Catalog;

[EnableRateLimiting(AccountRateLimits.Posting)]
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

    public override bool IsNew => true;

    /// <summary>
    /// "Periksa aplikasi serupa" without JavaScript: shows the form again, as typed and without refusals (nothing is
    /// being saved), with the applications like the draft.
    /// </summary>
    public async Task<IActionResult> OnPostSimilarAsync(CancellationToken cancellationToken)
    {
        if (!CatalogPermissions.CanPublishAnything(User))
        {
            return Forbid();
        }

        foreach (var entry in ModelState.Values)
        {
            entry.Errors.Clear();
        }

        SimilarChecked = true;
        await PrepareFormAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DropEmptyContacts();
        if (ModelState.IsValid && Answer(await editor.CreateAsync(User, Input, cancellationToken), Input.Publish ? "Publish.Published" : "Publish.Saved") is { } answer)
        {
            return answer;
        }

        await PrepareFormAsync(cancellationToken);
        return Page();
    }
}
