using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Accounts;

/// <summary>
/// New members wait for their region's AdminWilayah. An Administrator may approve anyone (regions without an
/// AdminWilayah depend on it); an AdminWilayah only members of its own region.
/// </summary>
public sealed class MemberApprovals(MarketplaceDbContext db, RegionDirectory regions, UserManager<ApplicationUser> users, AccountMail mail, SiteLinks links, TimeProvider clock)
{
    public static bool CanDecide(ClaimsPrincipal approver, ApplicationUser member) =>
        approver.IsInRole(Roles.Administrator)
        || (approver.IsInRole(Roles.AdminWilayah) && approver.RegionCode() == member.RegionCode);

    /// <summary>Members whose address is confirmed and who wait for a decision that <paramref name="approver"/> may take.</summary>
    public async Task<IReadOnlyList<ApplicationUser>> PendingForAsync(ClaimsPrincipal approver, CancellationToken cancellationToken)
    {
        var pending = db.Users.AsNoTracking().Where(u => u.EmailConfirmed && u.ApprovedAt == null);
        if (!approver.IsInRole(Roles.Administrator))
        {
            var region = approver.IsInRole(Roles.AdminWilayah) ? approver.RegionCode() : null;
            pending = pending.Where(u => u.RegionCode == region);
        }

        return await pending.OrderBy(u => u.CreatedAt).Take(200).ToListAsync(cancellationToken);
    }

    public async Task AskForApprovalAsync(ApplicationUser member, CancellationToken cancellationToken)
    {
        var regionName = (await regions.GetAsync(cancellationToken)).Find(member.RegionCode)?.Name ?? member.RegionCode;
        var deciders = (await users.GetUsersInRoleAsync(Roles.AdminWilayah)).Where(a => a.RegionCode == member.RegionCode && a.ApprovedAt != null).ToList();
        if (deciders.Count == 0)
        {
            deciders = [.. (await users.GetUsersInRoleAsync(Roles.Administrator)).Where(a => a.ApprovedAt != null)];
        }

        foreach (var decider in deciders)
        {
            await mail.SendPendingApprovalAsync(decider, member, regionName, links.Absolute("/akun/persetujuan"), cancellationToken);
        }
    }

    public async Task<Decision> ApproveAsync(ClaimsPrincipal approver, string memberId, CancellationToken cancellationToken)
    {
        var (decision, member) = await FindPendingAsync(approver, memberId);
        if (member is null)
        {
            return decision;
        }

        member.ApprovedAt = clock.GetUtcNow();
        member.ApprovedById = users.GetUserId(approver);
        await users.UpdateAsync(member);
        await mail.SendApprovedAsync(member, links.Absolute("/akun/masuk"), cancellationToken);
        return Decision.Done;
    }

    /// <summary>Declining removes the pending account, so the address can register again (for the right region, say).</summary>
    public async Task<Decision> DeclineAsync(ClaimsPrincipal approver, string memberId, string reason, CancellationToken cancellationToken)
    {
        var (decision, member) = await FindPendingAsync(approver, memberId);
        if (member is null)
        {
            return decision;
        }

        await users.DeleteAsync(member);
        await mail.SendDeclinedAsync(member, reason, links.Absolute("/akun/daftar"), cancellationToken);
        return Decision.Done;
    }

    private async Task<(Decision, ApplicationUser?)> FindPendingAsync(ClaimsPrincipal approver, string memberId) =>
        await users.FindByIdAsync(memberId) switch
        {
            { EmailConfirmed: true, ApprovedAt: null } member when CanDecide(approver, member) => (Decision.Done, member),
            { EmailConfirmed: true, ApprovedAt: null } => (Decision.Forbidden, null),
            _ => (Decision.NotFound, null),
        };

    public enum Decision
    {
        Done,
        NotFound,
        Forbidden,
    }
}
