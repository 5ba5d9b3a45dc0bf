using System.ComponentModel.DataAnnotations;
using Marketplace.Web.Features.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Accounts;

[EnableRateLimiting(AccountRateLimits.Login)]
public sealed class LoginWith2faModel(SignInManager<ApplicationUser> signIn, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "Validation.CodeLength")]
    [Display(Name = "Field.AuthenticatorCode")]
    public string? Code { get; set; }

    [BindProperty]
    [Display(Name = "Field.RememberMachine")]
    public bool RememberMachine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

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

        var code = Code!.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalUrl.OrRoot(ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? text["Login.LockedOut"] : text["TwoFactor.WrongCode"]);
        return Page();
    }
}
