using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Accounts;

/// <summary>Confirms the address from the e-mailed link, then asks the region's administrators to approve the member.</summary>
public sealed class ConfirmEmailModel(UserManager<ApplicationUser> users, MemberApprovals approvals) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code) || await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        if (user.EmailConfirmed)
        {
            Confirmed = true;
            return;
        }

        Confirmed = (await users.ConfirmEmailAsync(user, code)).Succeeded;
        if (Confirmed && user.ApprovedAt is null)
        {
            await approvals.AskForApprovalAsync(user, cancellationToken);
        }
    }
}
