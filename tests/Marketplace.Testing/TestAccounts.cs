using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Marketplace.Testing;

/// <summary>Arranges accounts directly through the host's own UserManager, for tests about what such accounts can do.</summary>
public static class TestAccounts
{
    public const string Password = "kopi susu gula aren 2026";

    /// <summary>A fresh address on a government domain, unique per call.</summary>
    public static string NewEmail(string domain = "singkawangkota.go.id") => $"uji.{Guid.NewGuid().ToString("N")[..10]}@{domain}";

    public static async Task<ApplicationUser> CreateAsync(
        MarketplaceHost host, string role, string regionCode, string? email = null, bool confirmed = true, bool approved = true, string password = Password)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        email ??= NewEmail();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = confirmed,
            FullName = "Penguji " + email.Split('@')[0],
            RegionCode = regionCode,
            CreatedAt = DateTimeOffset.UtcNow,
            ApprovedAt = approved ? DateTimeOffset.UtcNow : null,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    /// <summary>Turns on two-factor for an existing account and returns its authenticator key, as an app would hold it.</summary>
    public static async Task<string> EnableTwoFactorAsync(MarketplaceHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No key.");
    }

    public static async Task<ApplicationUser?> FindAsync(MarketplaceHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
    }

    public static async Task<IList<string>> RolesAsync(MarketplaceHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.FindByEmailAsync(email) is { } user ? await users.GetRolesAsync(user) : [];
    }

    /// <summary>The current TOTP code for a key as the authenticator page shows it ("abcd efgh ..."), computed independently with Otp.NET.</summary>
    public static string TotpCode(string displayedKey) =>
        new Totp(Base32Encoding.ToBytes(displayedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
