using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Accounts;

[Authorize]
public sealed class ChangePasswordModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(account, Input.CurrentPassword!, Input.Password!);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, currentPasswordField: "Input.CurrentPassword");

            return Page();
        }

        await signIn.RefreshSignInAsync(account);
        TempData["Status"] = text["ChangePassword.Done"].Value;
        return RedirectToPage("Security");
    }
}

public sealed class ChangePasswordInput : NewPasswordInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.CurrentPassword")]
    public string? CurrentPassword { get; set; }
}
