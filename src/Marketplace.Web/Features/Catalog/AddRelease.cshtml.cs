using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Catalog;

[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class AddReleaseModel(CatalogEditor editor, IStringLocalizer<CatalogText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Slug { get; set; } = "";

    [BindProperty]
    public ReleaseInput Input { get; set; } = new();

    public string AppName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await editor.AddReleaseAsync(User, Slug, Input, cancellationToken);
        if (outcome.Status == EditStatus.Done)
        {
            TempData["Status"] = text["Release.Added", outcome.Value!.Version].Value;
            return Redirect($"/katalog/{Slug}");
        }

        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError($"Input.{error.Field}", text.Describe(error, typeof(ReleaseInput)));
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await editor.FindForEditAsync(User, Slug, cancellationToken);
        switch (found.Status)
        {
            case EditStatus.NotFound:
                return NotFound();
            case EditStatus.Forbidden:
                return Forbid();
        }

        AppName = found.Value!.Name;
        return null;
    }
}
