using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Accounts;

/// <summary>Recovery codes are shown once, right after they are made; Identity stores only what it needs to check them.</summary>
[Authorize]
public sealed class RecoveryCodesModel(UserManager<ApplicationUser> users) : PageModel
{
    internal const string CodesKey = "RecoveryCodes";

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public void OnGet() => Codes = (TempData[CodesKey] as string)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } account)
        {
            return RedirectToPage("Security");
        }

        TempData[CodesKey] = string.Join(' ', await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10) ?? []);
        return RedirectToPage();
    }
}
