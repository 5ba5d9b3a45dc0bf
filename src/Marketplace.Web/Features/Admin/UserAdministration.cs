using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin;

/// <summary>What an Administrator does to accounts: find them, set their roles, lift a lockout. Every change is logged.</summary>
public sealed class UserAdministration(MarketplaceDbContext db, UserManager<ApplicationUser> users, ILogger<UserAdministration> logger)
{
    public const int PageSize = 50;

    public sealed record UserRow(string Id, string FullName, string Email, string RegionCode, bool Confirmed, bool Approved, bool LockedOut);

    public async Task<IReadOnlyList<UserRow>> SearchAsync(string? query, string? regionCode, int page, CancellationToken cancellationToken)
    {
        var found = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var needle = query.Trim().ToUpperInvariant();
            found = found.Where(u => u.NormalizedEmail!.Contains(needle) || u.FullName.ToUpper().Contains(needle));
        }

        if (!string.IsNullOrWhiteSpace(regionCode))
        {
            found = found.Where(u => u.RegionCode == regionCode.Trim());
        }

        var now = DateTimeOffset.UtcNow;
        var rows = await found.OrderBy(u => u.NormalizedEmail).Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.FullName, u.Email, u.RegionCode, u.EmailConfirmed, u.ApprovedAt, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        return rows.Select(u => new UserRow(u.Id, u.FullName, u.Email ?? "", u.RegionCode, u.EmailConfirmed, u.ApprovedAt is not null, u.LockoutEnd > now)).ToList();
    }

    /// <summary>
    /// Replaces the roles of <paramref name="userId"/>. An Administrator cannot take the Administrator role from
    /// themselves, so the platform is never left without one by accident.
    /// </summary>
    public async Task<IdentityResult?> SetRolesAsync(ClaimsPrincipal admin, string userId, IReadOnlyCollection<string> roles)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }

        var wanted = roles.Where(r => Roles.All.Contains(r)).Distinct().ToList();
        if (users.GetUserId(admin) == user.Id && !wanted.Contains(Roles.Administrator))
        {
            return IdentityResult.Failed(new IdentityError { Code = "KeepOwnAdministrator" });
        }

        var current = await users.GetRolesAsync(user);
        var result = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, wanted.Except(current));
        }

        if (result.Succeeded)
        {
            // Role changes take effect at the user's next sign-in or security stamp validation.
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("Roles of {UserId} set to {Roles} by {AdminId}", user.Id, string.Join(",", wanted), users.GetUserId(admin));
        }

        return result;
    }

    public async Task<bool> UnlockAsync(ClaimsPrincipal admin, string userId)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("Lockout of {UserId} lifted by {AdminId}", user.Id, users.GetUserId(admin));
        return true;
    }
}
