using System.ComponentModel.DataAnnotations;
using Marketplace.Web.Features.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Accounts;

[EnableRateLimiting(AccountRateLimits.Login)]
public sealed class LoginModel(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IDemoAccounts demoAccounts,
    IFirstRunState firstRun,
    IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public DemoAccountList? Demo { get; private set; }

    public bool SetupPending { get; private set; }

    public async Task OnGetAsync() => await PrepareAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await PrepareAsync();
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalUrl.OrRoot(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWith2fa", new { returnUrl = ReturnUrl, rememberMe = Input.RememberMe });
        }

        ModelState.AddModelError(string.Empty, await ExplainAsync(result));
        await PrepareAsync();
        return Page();
    }

    private async Task<string> ExplainAsync(Microsoft.AspNetCore.Identity.SignInResult result)
    {
        if (result.IsLockedOut)
        {
            return text["Login.LockedOut"];
        }

        if (result.IsNotAllowed && await users.FindByEmailAsync(Input.Email!.Trim()) is { } user)
        {
            // Identity answers NotAllowed before it checks the password; explain only to whoever knows it.
            if (await users.CheckPasswordAsync(user, Input.Password!))
            {
                return user.EmailConfirmed ? text["Login.NotApproved"] : text["Login.NotConfirmed"];
            }

            await users.AccessFailedAsync(user);
        }

        return text["Login.Failed"];
    }

    private async Task PrepareAsync()
    {
        Demo = await demoAccounts.ListAsync(HttpContext.RequestAborted);
        SetupPending = await firstRun.IsPendingAsync(HttpContext.RequestAborted);
    }
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.Password")]
    public string? Password { get; set; }

    [Display(Name = "Field.RememberMe")]
    public bool RememberMe { get; set; }
}
