using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Accounts;

[Authorize(Roles = Roles.AdminWilayah + "," + Roles.Administrator)]
public sealed class ApprovalsModel(MemberApprovals approvals, IStringLocalizer<AccountsText> text) : PageModel
{
    public IReadOnlyList<ApplicationUser> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pending = await approvals.PendingForAsync(User, cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(string? id, CancellationToken cancellationToken) =>
        Outcome(await approvals.ApproveAsync(User, id ?? "", cancellationToken), "Approvals.Approved");

    public async Task<IActionResult> OnPostDeclineAsync(string? id, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            TempData["Error"] = text["Approvals.ReasonRequired"].Value;
            return RedirectToPage();
        }

        return Outcome(await approvals.DeclineAsync(User, id ?? "", reason.Trim(), cancellationToken), "Approvals.Declined");
    }

    private IActionResult Outcome(MemberApprovals.Decision decision, string doneKey)
    {
        switch (decision)
        {
            case MemberApprovals.Decision.Done:
                TempData["Status"] = text[doneKey].Value;
                return RedirectToPage();
            case MemberApprovals.Decision.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }
}
