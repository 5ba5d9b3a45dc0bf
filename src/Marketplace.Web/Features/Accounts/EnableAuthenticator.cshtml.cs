using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Marketplace.Web.Features.Accounts;

/// <summary>Turns on TOTP two-factor: shows the key as a QR code (a PNG data URI, since the CSP forbids inline styles) and checks one code.</summary>
[Authorize]
public sealed class EnableAuthenticatorModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "Validation.CodeLength")]
    [Display(Name = "Field.AuthenticatorCode")]
    public string? Code { get; set; }

    public string SharedKey { get; private set; } = "";

    public string QrCodeDataUri { get; private set; } = "";

    public bool Required => User.MustUseTwoFactor();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        await LoadKeyAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var code = Code!.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
            if (await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.SetTwoFactorEnabledAsync(account, true);
                var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10) ?? [];
                await signIn.RefreshSignInAsync(account);
                TempData[RecoveryCodesModel.CodesKey] = string.Join(' ', codes);
                TempData["Status"] = text["Authenticator.Enabled"].Value;
                return RedirectToPage("RecoveryCodes");
            }

            ModelState.AddModelError("Code", text["TwoFactor.WrongCode"]);
        }

        await LoadKeyAsync(account);
        return Page();
    }

    private async Task LoadKeyAsync(ApplicationUser account)
    {
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account) ?? throw new InvalidOperationException("No authenticator key was created.");
        }

        SharedKey = Format(key);
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Forum Kominfo")}:{Uri.EscapeDataString(account.Email ?? "")}?secret={key}&issuer={Uri.EscapeDataString("Forum Kominfo")}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }

    private static string Format(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }
}
