using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Marketplace.Web.Features.Accounts;

/// <summary>Answers the same whether or not the address has an account, so the form cannot be used to find accounts.</summary>
[EnableRateLimiting(AccountRateLimits.PasswordReset)]
public sealed class ForgotPasswordModel(UserManager<ApplicationUser> users, AccountMail mail, SiteLinks links) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByEmailAsync(Email!.Trim()) is { EmailConfirmed: true } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = links.Absolute($"/akun/atur-ulang-sandi?userId={Uri.EscapeDataString(user.Id)}&code={Uri.EscapeDataString(token)}");
            await mail.SendPasswordResetAsync(user, link, cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
