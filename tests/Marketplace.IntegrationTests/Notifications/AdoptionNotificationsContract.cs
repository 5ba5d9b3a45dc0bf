using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Notifications.NotificationArrangements;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>
/// Adoption changes reach the right people through the real workflow and its observer: the request goes to the owner
/// region's AdminWilayah, each move to the other side and the requester, never to the one who acted.
/// </summary>
public abstract class AdoptionNotificationsContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    // Kota Bitung owns, Kota Tidore Kepulauan adopts: regions no other test uses for adoptions.
    private const string Owner = "71.72";
    private const string Adopter = "82.72";

    [Fact]
    public async Task A_request_notifies_the_owner_regions_AdminWilayah_and_not_the_requester()
    {
        var slug = await AdoptionFlows.PublishedAppAsync(Host, Owner);
        var ownerAdmin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, Owner);
        var secondOwnerAdmin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, Owner);
        var pendingOwnerAdmin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, Owner, approved: false);
        var ownerMember = await TestAccounts.CreateAsync(Host, Roles.Anggota, Owner);
        var adopterAdmin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, Adopter);
        var requester = await TestAccounts.CreateAsync(Host, Roles.Anggota, Adopter);

        var id = await AdoptionArrangements.AdoptAsync(Host, slug, requester, ownerAdmin, until: AdoptionState.Diajukan);

        var received = await OfAsync(Host, ownerAdmin.Id);
        var notification = Assert.Single(received);
        Assert.Equal(NotificationKind.AdoptionRequested, notification.Kind);
        Assert.Equal("Adoption.Requested", notification.TextKey);
        Assert.Equal($"/adopsi/{id}", notification.Url);
        Assert.Equal(requester.FullName, notification.ActorName);
        Assert.Contains("Kota Tidore Kepulauan", notification.ArgsJson, StringComparison.Ordinal);
        Assert.Null(notification.ReadAt);
        Assert.Single(await OfAsync(Host, secondOwnerAdmin.Id));
        Assert.Empty(await OfAsync(Host, pendingOwnerAdmin.Id));
        Assert.Empty(await OfAsync(Host, ownerMember.Id));
        Assert.Empty(await OfAsync(Host, adopterAdmin.Id));
        Assert.Empty(await OfAsync(Host, requester.Id));
    }

    [Fact]
    public async Task Each_move_notifies_the_other_side_and_the_requester_but_never_the_actor()
    {
        var slug = await AdoptionFlows.PublishedAppAsync(Host, Owner);
        var ownerAdmin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, Owner);
        var adopterAdmin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, Adopter);
        var requester = await TestAccounts.CreateAsync(Host, Roles.Anggota, Adopter);
        var id = await AdoptionArrangements.AdoptAsync(Host, slug, requester, ownerAdmin, until: AdoptionState.Diajukan);

        // The owner approves: the adopting side hears of it; the owner's admin only has the request.
        await AdoptionArrangements.MoveAsync(Host, id, AdoptionState.Disetujui, await AdoptionArrangements.PrincipalAsync(Host, ownerAdmin));
        var toAdopterAdmin = Assert.Single(await OfAsync(Host, adopterAdmin.Id));
        var toRequester = Assert.Single(await OfAsync(Host, requester.Id));
        Assert.Equal(("Adoption.Moved.Disetujui", NotificationKind.AdoptionMoved), (toAdopterAdmin.TextKey, toAdopterAdmin.Kind));
        Assert.Equal("Adoption.Moved.Disetujui", toRequester.TextKey);
        Assert.Equal([NotificationKind.AdoptionRequested], (await OfAsync(Host, ownerAdmin.Id)).Select(n => n.Kind));

        // The adopter's admin starts planning: the owner's admin and the requester hear of it, the adopter's admin does not.
        await AdoptionArrangements.MoveAsync(Host, id, AdoptionState.Perencanaan, await AdoptionArrangements.PrincipalAsync(Host, adopterAdmin));
        Assert.Equal(["Adoption.Requested", "Adoption.Moved.Perencanaan"], (await OfAsync(Host, ownerAdmin.Id)).Select(n => n.TextKey));
        Assert.Equal(["Adoption.Moved.Disetujui", "Adoption.Moved.Perencanaan"], (await OfAsync(Host, requester.Id)).Select(n => n.TextKey));
        Assert.Single(await OfAsync(Host, adopterAdmin.Id));

        // The requester goes live: the owner's admin hears of it; the requester acted, and the adopter's admin is on its side.
        await AdoptionArrangements.MoveAsync(Host, id, AdoptionState.Berjalan, await AdoptionArrangements.PrincipalAsync(Host, requester));
        Assert.Equal("Adoption.Moved.Berjalan", (await OfAsync(Host, ownerAdmin.Id))[^1].TextKey);
        Assert.Equal(2, (await OfAsync(Host, requester.Id)).Count);
        Assert.Single(await OfAsync(Host, adopterAdmin.Id));
    }

    [Fact]
    public async Task Telling_the_observer_the_same_change_twice_stores_one_notification()
    {
        var slug = await AdoptionFlows.PublishedAppAsync(Host, Owner);
        var ownerAdmin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, Owner);
        var requester = await TestAccounts.CreateAsync(Host, Roles.Anggota, Adopter);
        var id = await AdoptionArrangements.AdoptAsync(Host, slug, requester, ownerAdmin, until: AdoptionState.Diajukan);
        var adoption = await AdoptionFlows.LoadAsync(Host, id);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            foreach (var observer in scope.ServiceProvider.GetServices<IAdoptionObserver>())
            {
                await observer.ChangedAsync(adoption, adoption.Events.Single(), CancellationToken.None);
            }
        }

        Assert.Single(await OfAsync(Host, ownerAdmin.Id));
        Assert.Equal(1, await Host.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == ownerAdmin.Id && n.DedupeKey == $"adoption-event:{adoption.Events.Single().Id}")));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AdoptionNotificationsOnSqlite(SqliteHostFixture fixture) : AdoptionNotificationsContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class AdoptionNotificationsOnPostgres(PostgresHostFixture fixture) : AdoptionNotificationsContract(fixture);
