using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Accounts;

[EnableRateLimiting(AccountRateLimits.PasswordReset)]
public sealed class ResetPasswordModel(UserManager<ApplicationUser> users, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    public IActionResult OnGet() => string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Code) ? BadRequest() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        var result = user is null || string.IsNullOrEmpty(Code)
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = text["Identity.InvalidToken"] })
            : await users.ResetPasswordAsync(user, Code, Input.Password!);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);

            return Page();
        }

        // A reset also ends a lockout: the owner of the mailbox proved who they are.
        await users.SetLockoutEndDateAsync(user!, null);
        TempData["Status"] = text["Reset.Done"].Value;
        return RedirectToPage("Login");
    }
}

public sealed class ResetPasswordInput : NewPasswordInput
{
}
