using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Capacity;

/// <summary>
/// The region's AdminWilayah declares hosting and servers. The table always ends with a few empty rows; "more rows"
/// sends the form back with more, so the page needs no JavaScript.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class EditInfrastructureModel(InfrastructureRegistry registry, RegionDirectory regions, IStringLocalizer<CapacityText> text) : PageModel
{
    public const int EmptyRows = 3;

    [BindProperty]
    public InfrastructureInput Input { get; set; } = new();

    /// <summary>Set by the "more rows" button: show the form again with more empty rows, save nothing.</summary>
    [BindProperty]
    public bool MoreRows { get; set; }

    public RegionInfo Region { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await AccessAsync(code, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await registry.FindAsync(Region.Code, cancellationToken) is { } infrastructure)
        {
            Input = new InfrastructureInput
            {
                Hosting = infrastructure.Hosting,
                Notes = infrastructure.Notes,
                Servers = [.. infrastructure.Servers.Select(ServerInput.From)],
            };
        }

        PadRows(EmptyRows);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await AccessAsync(code, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (MoreRows)
        {
            ModelState.Clear();
            PadRows(Input.Servers.Count(s => s.IsEmpty) + EmptyRows);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            // Show the rules' findings too, beside the fields whose value could be read, so one round trip names every mistake.
            Show(CapacityRules.Check(Input).Where(e => !ModelState.TryGetValue(Key(e), out var entry) || entry.Errors.Count == 0));
            PadRows(EmptyRows);
            return Page();
        }

        var outcome = await registry.SaveAsync(User, Region.Code, Input, cancellationToken);
        switch (outcome.Status)
        {
            case EditStatus.Done:
                TempData["Status"] = text["Infra.Saved"].Value;
                return Redirect($"/wilayah/{Region.Code}/infrastruktur");
            case EditStatus.Forbidden:
                return Forbid();
            case EditStatus.NotFound:
                return NotFound();
        }

        Show(outcome.Errors);
        PadRows(EmptyRows);
        return Page();
    }

    private static string Key(FieldError error) => error.Field.Length == 0 ? "" : $"Input.{error.Field}";

    private void Show(IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(Key(error), text.Describe(error));
        }
    }

    private async Task<IActionResult?> AccessAsync(string code, CancellationToken cancellationToken)
    {
        if ((await regions.GetAsync(cancellationToken)).Find(code) is not { } region)
        {
            return NotFound();
        }

        if (!CapacityPermissions.CanEdit(User, region.Code))
        {
            return Forbid();
        }

        Region = region;
        return null;
    }

    // Adds empty rows at the end until there are at least `empty` of them, within a bound a form can sensibly hold.
    private void PadRows(int empty)
    {
        var target = Math.Min(Input.Servers.Count - Input.Servers.Count(s => s.IsEmpty) + empty, CapacityRules.ServersMax + EmptyRows);
        while (Input.Servers.Count < target)
        {
            Input.Servers.Add(new ServerInput());
        }
    }
}
