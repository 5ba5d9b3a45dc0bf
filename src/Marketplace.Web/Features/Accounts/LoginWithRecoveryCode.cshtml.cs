using System.ComponentModel.DataAnnotations;
using Marketplace.Web.Features.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Accounts;

[EnableRateLimiting(AccountRateLimits.Login)]
public sealed class LoginWithRecoveryCodeModel(SignInManager<ApplicationUser> signIn, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(32, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.RecoveryCode")]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode!.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(LocalUrl.OrRoot(ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? text["Login.LockedOut"] : text["Recovery.WrongCode"]);
        return Page();
    }
}
