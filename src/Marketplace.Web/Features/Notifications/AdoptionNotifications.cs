using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// Adoption changes as notifications. A request reaches the owner region's AdminWilayah(s), who decide it. Each later move
/// reaches the other side's AdminWilayah(s) and the member who asked; the one who acted is never told of their own act.
/// Works in its own scope (its own database context), so a failure here cannot spoil the workflow's saved change, and
/// never throws: the adoption is saved whatever happens to its notifications.
/// </summary>
internal sealed class AdoptionNotifications(IServiceScopeFactory scopes, ILogger<AdoptionNotifications> logger) : IAdoptionObserver
{
    public async Task ChangedAsync(Adoption adoption, AdoptionEvent change, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<MarketplaceDbContext>();
            var directory = await services.GetRequiredService<RegionDirectory>().GetAsync(cancellationToken);
            var appName = await db.Apps.Where(a => a.Id == adoption.AppId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken) ?? "";
            string RegionName(string code) => directory.Find(code)?.Name ?? code;

            var draft = change.From is null
                ? new NotificationDraft(NotificationKind.AdoptionRequested, "Adoption.Requested",
                    [change.ActorName, RegionName(adoption.AdopterRegionCode), appName], Url(adoption), Key(change), change.ActorId, change.ActorName, change.Reason)
                : new NotificationDraft(NotificationKind.AdoptionMoved, "Adoption.Moved." + change.To,
                    [change.ActorName, RegionName(change.ActorRegionCode ?? ""), appName, RegionName(adoption.AdopterRegionCode)],
                    Url(adoption), Key(change), change.ActorId, change.ActorName, change.Reason);

            var recipients = await RecipientsAsync(db, adoption, change, cancellationToken);
            await services.GetRequiredService<NotificationService>().NotifyAsync(recipients, draft, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The request went away; the adoption is saved, its notification is lost with the request.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Notifying about adoption {AdoptionId} ({To}) failed.", adoption.Id, change.To);
        }
    }

    /// <summary>Who hears of the change: see the class summary. The notification service drops the actor.</summary>
    internal static async Task<IReadOnlyList<string>> RecipientsAsync(MarketplaceDbContext db, Adoption adoption, AdoptionEvent change, CancellationToken cancellationToken)
    {
        if (change.From is null)
        {
            return await AdminsOfAsync(db, [adoption.OwnerRegionCode], cancellationToken);
        }

        // The side that did not act; both when someone outside the two regions acted.
        string[] otherSide = change.ActorRegionCode == adoption.OwnerRegionCode ? [adoption.AdopterRegionCode]
            : change.ActorRegionCode == adoption.AdopterRegionCode ? [adoption.OwnerRegionCode]
            : [adoption.OwnerRegionCode, adoption.AdopterRegionCode];
        return [.. await AdminsOfAsync(db, otherSide, cancellationToken), adoption.RequestedById];
    }

    private static async Task<List<string>> AdminsOfAsync(MarketplaceDbContext db, string[] regionCodes, CancellationToken cancellationToken) =>
        await (from user in db.Users
               join userRole in db.UserRoles on user.Id equals userRole.UserId
               join role in db.Roles on userRole.RoleId equals role.Id
               where role.Name == Roles.AdminWilayah && regionCodes.Contains(user.RegionCode) && user.ApprovedAt != null
               select user.Id).Distinct().ToListAsync(cancellationToken);

    private static string Url(Adoption adoption) => $"/adopsi/{adoption.Id}";

    private static string Key(AdoptionEvent change) => $"adoption-event:{change.Id}";
}
