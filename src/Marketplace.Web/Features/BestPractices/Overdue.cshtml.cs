using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>The Kurator's work list: marked applications whose planned review date has passed, the longest overdue first.</summary>
[Authorize]
public sealed class OverdueModel(CurationService curations) : PageModel
{
    public IReadOnlyList<(SharedApp App, AppCuration Curation)> Overdue { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!BestPracticePermissions.CanWrite(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Today = curations.Today;
        Overdue = await curations.OverdueAsync(cancellationToken);
        return Page();
    }
}
