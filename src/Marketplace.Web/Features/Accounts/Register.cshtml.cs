using System.ComponentModel.DataAnnotations;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Accounts;

/// <summary>
/// Registration with a government e-mail address. A registration for an address that already has an
/// account looks the same to the visitor (no account enumeration); the owner of the address gets a notice instead.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Registration)]
public sealed class RegisterModel(
    UserManager<ApplicationUser> users,
    RegionDirectory regionDirectory,
    EmailDomainPolicy domains,
    AccountMail mail,
    SiteLinks links,
    TimeProvider clock,
    IOptions<AccountOptions> options,
    IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public IReadOnlyList<RegionGroup> RegionGroups { get; private set; } = [];

    public string AllowedDomains => string.Join(", ", options.Value.EffectiveEmailDomains);

    public async Task OnGetAsync(CancellationToken cancellationToken) => RegionGroups = await LoadRegionGroupsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Input.Email) && !domains.IsAllowed(Input.Email))
        {
            ModelState.AddModelError("Input.Email", text["Register.DomainNotAllowed", AllowedDomains]);
        }

        if (!string.IsNullOrEmpty(Input.RegionCode) && (await regionDirectory.GetAsync(cancellationToken)).Find(Input.RegionCode) is null)
        {
            ModelState.AddModelError("Input.RegionCode", text["Register.UnknownRegion"]);
        }

        if (!ModelState.IsValid)
        {
            RegionGroups = await LoadRegionGroupsAsync(cancellationToken);
            return Page();
        }

        var email = Input.Email!.Trim();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            await mail.SendAlreadyRegisteredAsync(existing, links.Absolute("/akun/masuk"), cancellationToken);
            return RedirectToPage("RegisterDone");
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            FullName = Input.FullName!.Trim(),
            Position = string.IsNullOrWhiteSpace(Input.Position) ? null : Input.Position.Trim(),
            RegionCode = Input.RegionCode!,
            CreatedAt = clock.GetUtcNow(),
            PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "id",
        };
        var result = await users.CreateAsync(user, Input.Password!);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);

            RegionGroups = await LoadRegionGroupsAsync(cancellationToken);
            return Page();
        }

        await users.AddToRoleAsync(user, Roles.Anggota);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = links.Absolute($"/akun/konfirmasi?userId={Uri.EscapeDataString(user.Id)}&code={Uri.EscapeDataString(token)}");
        await mail.SendConfirmationAsync(user, link, cancellationToken);
        return RedirectToPage("RegisterDone");
    }

    private async Task<IReadOnlyList<RegionGroup>> LoadRegionGroupsAsync(CancellationToken cancellationToken)
    {
        var regions = await regionDirectory.GetAsync(cancellationToken);
        var national = new RegionGroup(text["Register.NationalGroup"], [.. regions.OfKind(RegionKind.National).OrderBy(r => r.Code)]);
        var provinces = regions.OfKind(RegionKind.Province).OrderBy(p => p.Code)
            .Select(p => new RegionGroup(p.Name, [p, .. regions.ChildrenOf(p.Code).OrderBy(r => r.Code)]));
        return [national, .. provinces];
    }

    public sealed record RegionGroup(string Label, IReadOnlyList<RegionInfo> Regions);
}

public sealed class RegisterInput : NewPasswordInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.FullName")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Email")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.Region")]
    public string? RegionCode { get; set; }

    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Position")]
    public string? Position { get; set; }
}
