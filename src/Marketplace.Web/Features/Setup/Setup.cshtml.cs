using System.ComponentModel.DataAnnotations;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Setup;

/// <summary>Creates the first Administrator (of Kemenkominfo); answers 404 once any account exists.</summary>
[EnableRateLimiting(AccountRateLimits.Login)]
public sealed class SetupModel(
    FirstRun firstRun,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    EmailDomainPolicy domains,
    TimeProvider clock,
    IStringLocalizer<SetupText> text) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await firstRun.IsPendingAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await firstRun.IsPendingAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Input.Token) && !firstRun.TokenMatches(Input.Token))
        {
            ModelState.AddModelError("Input.Token", text["Setup.WrongToken"]);
        }

        if (!string.IsNullOrEmpty(Input.Email) && !domains.IsAllowed(Input.Email))
        {
            ModelState.AddModelError("Input.Email", text["Setup.DomainNotAllowed"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var admin = new ApplicationUser
        {
            UserName = Input.Email!.Trim(),
            Email = Input.Email.Trim(),
            EmailConfirmed = true,
            FullName = Input.FullName!.Trim(),
            RegionCode = RegionData.KemenkominfoCode,
            CreatedAt = clock.GetUtcNow(),
            ApprovedAt = clock.GetUtcNow(),
        };
        IdentityResult? failure = null;
        var created = await firstRun.CompleteAsync(async () =>
        {
            var result = await users.CreateAsync(admin, Input.Password!);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(admin, Roles.Administrator);
            }

            failure = result.Succeeded ? null : result;
            return result.Succeeded;
        }, cancellationToken);

        if (failure is not null)
        {
            failure.AddTo(ModelState);

            return Page();
        }

        if (!created)
        {
            return NotFound();
        }

        await signIn.SignInAsync(admin, isPersistent: false);
        return LocalRedirect("/akun/keamanan/autentikator");
    }
}

public sealed class SetupInput : NewPasswordInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.Token")]
    public string? Token { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.FullName")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string? Email { get; set; }
}
