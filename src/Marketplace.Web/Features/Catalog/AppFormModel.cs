using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Catalog;

/// <summary>What the publish and edit pages share: the form's input, the owner choices and turning refusals into messages.</summary>
public abstract class AppFormModel(RegionDirectory regions, IStringLocalizer<CatalogText> text) : PageModel
{
    private const int ContactSlots = 2;

    protected IStringLocalizer<CatalogText> Text { get; } = text;

    [BindProperty]
    public AppInput Input { get; set; } = new();

    /// <summary>Whether the form writes a new application, which shows "Aplikasi serupa" before anything is saved.</summary>
    public virtual bool IsNew => false;

    /// <summary>Whether the user asked to compare the draft with the catalog ("Periksa aplikasi serupa").</summary>
    public bool SimilarChecked { get; protected set; }

    /// <summary>The regions the user may publish for: their own, or every region for a Kurator.</summary>
    public IReadOnlyList<RegionInfo> OwnerChoices { get; private set; } = [];

    protected async Task PrepareFormAsync(CancellationToken cancellationToken)
    {
        var directory = await regions.GetAsync(cancellationToken);
        OwnerChoices = User.IsInRole(Roles.Kurator)
            ? [.. directory.All.OrderBy(r => r.Code)]
            : [.. directory.All.Where(r => r.Code == User.RegionCode())];
        while (Input.Contacts.Count < ContactSlots)
        {
            Input.Contacts.Add(new MaintenanceContact());
        }
    }

    /// <summary>Contact rows the user left empty are not contacts.</summary>
    protected void DropEmptyContacts() =>
        Input.Contacts.RemoveAll(c => string.IsNullOrWhiteSpace(c.Name) && string.IsNullOrWhiteSpace(c.Email) && string.IsNullOrWhiteSpace(c.Phone));

    /// <summary>Puts the editor's refusals beside their fields, in the user's language.</summary>
    protected void Show(IEnumerable<FieldError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError($"{prefix}.{error.Field}", Text.Describe(error, typeof(AppInput)));
        }
    }

    /// <summary>The page's answer to a save: the application's page when done, 403/404 when refused, null to show the form again.</summary>
    protected IActionResult? Answer(EditOutcome<SharedApp> outcome, string doneKey)
    {
        switch (outcome.Status)
        {
            case EditStatus.Done:
                TempData["Status"] = Text[doneKey].Value;
                return Redirect($"/katalog/{outcome.Value!.Slug}");
            case EditStatus.Forbidden:
                return Forbid();
            case EditStatus.NotFound:
                return NotFound();
            default:
                Show(outcome.Errors);
                return null;
        }
    }
}
