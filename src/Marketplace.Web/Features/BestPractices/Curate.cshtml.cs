using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>
/// A Kurator marks an application "terverifikasi" or "praktik baik" with the criteria it met and the date of the next
/// review. Anyone else signed in gets 403; drafts and unknown addresses 404.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class CurateModel(CatalogEditor catalog, CurationService curations, IStringLocalizer<BestPracticesText> text) : PageModel
{
    [BindProperty]
    public CurationInput Input { get; set; } = new();

    public SharedApp App { get; private set; } = null!;

    public AppCuration? Current { get; private set; }

    public DateOnly Today => curations.Today;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = Current is { } current
            ? new CurationInput { State = current.State, Criteria = current.CriteriaMet, NextReviewOn = current.NextReviewOn, Note = current.Note }
            : new CurationInput { State = App.Curation, NextReviewOn = Today.AddYears(1) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await curations.SaveAsync(User, App, Input, cancellationToken);
        switch (outcome.Status)
        {
            case EditStatus.Done:
                TempData["Status"] = text["Curation.Saved", text["State." + Input.State]].Value;
                return Redirect($"/katalog/{slug}#kurasi");
            case EditStatus.NotFound:
                return NotFound();
            case EditStatus.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
        }

        ModelState.Show(text, outcome.Errors);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (!BestPracticePermissions.CanWrite(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await catalog.FindAsync(slug, cancellationToken) is not { Status: not AppStatus.Draft } app)
        {
            return NotFound();
        }

        App = app;
        Current = await curations.FindAsync(app.Id, cancellationToken);
        return null;
    }
}
