using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Accounts;

[Authorize]
public sealed class SecurityModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, RegionDirectory regions, IStringLocalizer<AccountsText> text) : PageModel
{
    public ApplicationUser Account { get; private set; } = null!;

    public string RegionName { get; private set; } = "";

    public IList<string> Roles { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

    public bool TwoFactorRequired => User.MustUseTwoFactor();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        Account = account;
        RegionName = (await regions.GetAsync(cancellationToken)).Find(account.RegionCode)?.Name ?? account.RegionCode;
        Roles = await users.GetRolesAsync(account);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (User.MustUseTwoFactor())
        {
            return Forbid();
        }

        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account);
        await signIn.RefreshSignInAsync(account);
        TempData["Status"] = text["Security.TurnedOff"].Value;
        return RedirectToPage();
    }
}
