using System.Security.Claims;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Adoptions;

/// <summary>
/// The adoption workflow on the real database: races on the "one open request" rule, stale versions, and the running
/// count the catalog sorts by. The pages and the API are tested on top of this elsewhere.
/// </summary>
public abstract class AdoptionWorkflowContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private const string Owner = "16.71";
    private const string Adopter = "61.72";

    [Fact]
    public async Task Ten_simultaneous_requests_of_one_region_leave_exactly_one_open_adoption()
    {
        var slug = await PublishAsync();
        var members = Enumerable.Range(0, 10).Select(i => Member(Adopter, $"anggota-{i}")).ToList();

        var results = await Task.WhenAll(members.Select(m => WorkflowAsync(w => w.RequestAsync(m, slug, Request(), CancellationToken.None))));

        Assert.Equal(1, results.Count(r => r.Status == AdoptionStatus.Done));
        Assert.All(results.Where(r => r.Status != AdoptionStatus.Done), r => Assert.Equal(("Conflict", "Adoption.AlreadyOpen"), (r.Status.ToString(), r.Errors.Single().Key)));
        Assert.Equal(1, await Host.QueryAsync(db => db.Adoptions.CountAsync(a => a.App.Slug == slug)));
        Assert.Equal(1, await Host.QueryAsync(db => db.AdoptionEvents.CountAsync(e => db.Adoptions.Any(a => a.Id == e.AdoptionId && a.App.Slug == slug))));

        // Requests that raced past the check hit the unique index; EF Core logs each refused insert (the command and the
        // failed save), nothing else is logged.
        Assert.All(Fixture.TakeNewProblems(), p => Assert.True(
            p.Category.StartsWith("Microsoft.EntityFrameworkCore.", StringComparison.Ordinal)
            && (p.Message.Contains("INSERT INTO \"Adoptions\"", StringComparison.Ordinal) || IsOpenIndexViolation(p.Exception)),
            p.ToString()));
    }

    [Fact]
    public async Task The_whole_path_records_every_move_generates_the_plan_and_counts_the_running_adoption()
    {
        var slug = await PublishAsync();
        var requester = Member(Adopter, "peminta");
        var ownerAdmin = Admin(Owner);
        var id = (await WorkflowAsync(w => w.RequestAsync(requester, slug, Request(users: 3200), CancellationToken.None))).Value!.Id;

        var approved = await MoveAsync(ownerAdmin, id, AdoptionState.Disetujui);
        var planning = await MoveAsync(requester, id, AdoptionState.Perencanaan);
        var running = await MoveAsync(Admin(Adopter), id, AdoptionState.Berjalan);

        Assert.Equal([AdoptionStatus.Done, AdoptionStatus.Done, AdoptionStatus.Done], new[] { approved.Status, planning.Status, running.Status });
        var stored = (await WorkflowAsync(w => w.FindAsync(ownerAdmin, id, CancellationToken.None))).Value!;
        Assert.Equal(AdoptionState.Berjalan, stored.State);
        Assert.Equal([null, AdoptionState.Diajukan, AdoptionState.Disetujui, AdoptionState.Perencanaan], stored.Events.Select(e => e.From));
        Assert.Equal(["61.72", "16.71", "61.72", "61.72"], stored.Events.Select(e => e.ActorRegionCode));
        Assert.NotNull(stored.RunningSince);
        Assert.Equal(3, stored.Version);

        // 3,200 users at 1,500 per server: three servers in the infrastructure step.
        Assert.Contains(stored.Milestones, m => m.Area == PlanArea.Infrastruktur && m.Title.StartsWith("Siapkan 3 server", StringComparison.Ordinal));
        Assert.Equal(Enum.GetValues<PlanArea>().Order(), stored.Milestones.Select(m => m.Area).Distinct().Order());
        Assert.Equal(1, await Host.QueryAsync(db => db.Apps.Where(a => a.Slug == slug).Select(a => a.AdoptionCount).SingleAsync()));

        var stopped = await MoveAsync(ownerAdmin, id, AdoptionState.Dihentikan, "Aplikasi dipensiunkan.");
        Assert.Equal(AdoptionStatus.Done, stopped.Status);
        Assert.Equal(0, await Host.QueryAsync(db => db.Apps.Where(a => a.Slug == slug).Select(a => a.AdoptionCount).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        var slug = await PublishAsync();
        var id = (await WorkflowAsync(w => w.RequestAsync(Member(Adopter, "a"), slug, Request(), CancellationToken.None))).Value!.Id;

        var stale = await WorkflowAsync(w => w.TransitionAsync(Admin(Owner), id, new TransitionInput { To = AdoptionState.Disetujui, Version = 7 }, CancellationToken.None));

        Assert.Equal(AdoptionStatus.Conflict, stale.Status);
        Assert.Equal("Adoption.Stale", stale.Errors.Single().Key);
        Assert.Equal(AdoptionState.Diajukan, await StateAsync(id));
    }

    [Fact]
    public async Task Rights_and_order_are_checked_before_anything_changes()
    {
        var slug = await PublishAsync();
        var id = (await WorkflowAsync(w => w.RequestAsync(Member(Adopter, "a"), slug, Request(), CancellationToken.None))).Value!.Id;

        var byOwnerMember = await MoveAsync(Member(Owner, "bukan-admin"), id, AdoptionState.Disetujui);
        var byThirdRegionAdmin = await MoveAsync(Admin("33.74"), id, AdoptionState.Disetujui);
        var byAdopter = await MoveAsync(Admin(Adopter), id, AdoptionState.Disetujui);
        var outOfOrder = await MoveAsync(Admin(Adopter), id, AdoptionState.Berjalan);
        var declineWithoutReason = await MoveAsync(Admin(Owner), id, AdoptionState.Ditolak, "   ");

        Assert.Equal(AdoptionStatus.Forbidden, byOwnerMember.Status);
        Assert.Equal(AdoptionStatus.Forbidden, byThirdRegionAdmin.Status);
        Assert.Equal(AdoptionStatus.Forbidden, byAdopter.Status);
        Assert.Equal(AdoptionStatus.Conflict, outOfOrder.Status);
        Assert.Equal("Adoption.OutOfOrder", outOfOrder.Errors.Single().Key);
        Assert.Equal(AdoptionStatus.Invalid, declineWithoutReason.Status);
        Assert.Equal(AdoptionState.Diajukan, await StateAsync(id));
        Assert.Equal(1, await Host.QueryAsync(db => db.AdoptionEvents.CountAsync(e => e.AdoptionId == id)));
    }

    [Fact]
    public async Task Both_regions_and_the_ministry_read_an_adoption_and_a_third_region_may_not()
    {
        var slug = await PublishAsync();
        var id = (await WorkflowAsync(w => w.RequestAsync(Member(Adopter, "a"), slug, Request(), CancellationToken.None))).Value!.Id;

        var readers = new[] { Member(Adopter, "rekan"), Member(Owner, "pemilik"), Principal("00.01", "kurator", Roles.Kurator), Principal("00.01", "admin", Roles.Administrator) };
        var read = await Task.WhenAll(readers.Select(r => WorkflowAsync(w => w.FindAsync(r, id, CancellationToken.None))));
        var third = await WorkflowAsync(w => w.FindAsync(Admin("33.74"), id, CancellationToken.None));
        var unknown = await WorkflowAsync(w => w.FindAsync(Principal("00.01", "kurator", Roles.Kurator), int.MaxValue, CancellationToken.None));

        Assert.All(read, r => Assert.Equal(AdoptionStatus.Done, r.Status));
        Assert.Equal(AdoptionStatus.Forbidden, third.Status);
        Assert.Equal(AdoptionStatus.NotFound, unknown.Status);
        Assert.Equal(AdoptionStatus.Forbidden, (await MoveAsync(Principal("00.01", "kurator", Roles.Kurator), id, AdoptionState.Disetujui)).Status);
    }

    [Fact]
    public async Task After_a_decline_the_region_may_ask_again_but_never_for_its_own_application()
    {
        var slug = await PublishAsync();
        var requester = Member(Adopter, "a");
        var first = (await WorkflowAsync(w => w.RequestAsync(requester, slug, Request(), CancellationToken.None))).Value!.Id;
        await MoveAsync(Admin(Owner), first, AdoptionState.Ditolak, "Belum siap.");

        var again = await WorkflowAsync(w => w.RequestAsync(requester, slug, Request(), CancellationToken.None));
        var own = await WorkflowAsync(w => w.RequestAsync(Member(Owner, "pemilik"), slug, Request(), CancellationToken.None));

        Assert.Equal(AdoptionStatus.Done, again.Status);
        Assert.NotEqual(first, again.Value!.Id);
        Assert.Equal(("Conflict", "Adoption.OwnApp"), (own.Status.ToString(), own.Errors.Single().Key));
    }

    private static bool IsOpenIndexViolation(Exception? exception) =>
        exception?.ToString() is { } text
        && (text.Contains("IX_Adoptions_Open", StringComparison.Ordinal) || text.Contains("UNIQUE constraint failed: Adoptions.", StringComparison.Ordinal));

    private static AdoptionRequestInput Request(int users = 500) => new() { Reason = "Kami belum punya aplikasi serupa.", ExpectedUsers = users };

    private Task<AdoptionResult<Adoption>> MoveAsync(ClaimsPrincipal user, int id, AdoptionState to, string? reason = null) =>
        WorkflowAsync(w => w.TransitionAsync(user, id, new TransitionInput { To = to, Reason = reason }, CancellationToken.None));

    private Task<AdoptionState> StateAsync(int id) => Host.QueryAsync(db => db.Adoptions.Where(a => a.Id == id).Select(a => a.State).SingleAsync());

    private async Task<T> WorkflowAsync<T>(Func<AdoptionWorkflow, Task<T>> action)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AdoptionWorkflow>());
    }

    private async Task<string> PublishAsync()
    {
        var input = new AppInput
        {
            Name = CatalogFlows.UniqueName("e-Parkir"), OwnerRegionCode = Owner, Summary = "Retribusi parkir non-tunai.", License = "MIT",
            Categories = "mobile-payment", CpuCores = 4, RamGb = 8, StorageGb = 100, UsersPerServer = 1500, Publish = true,
        };
        await using var scope = Host.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CatalogEditor>().CreateAsync(Principal("00.01", "kurator", Roles.Kurator), input, CancellationToken.None);
        return outcome.Value?.Slug ?? throw new InvalidOperationException(string.Join("; ", outcome.Errors.Select(e => e.Key)));
    }

    private static ClaimsPrincipal Admin(string region) => Principal(region, "admin-" + region, Roles.AdminWilayah);

    private static ClaimsPrincipal Member(string region, string id) => Principal(region, id, Roles.Anggota);

    // Principals as the sign-in builds them: user id, display name, region and roles; no database user is needed here.
    private static ClaimsPrincipal Principal(string region, string id, string role) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, id),
        new Claim(AccountClaimsFactory.FullNameClaim, "Uji " + id),
        new Claim(AccountClaimsFactory.RegionClaim, region),
        new Claim(ClaimTypes.Role, role),
    ], "test"));
}

[Collection(SqliteCollection.Name)]
public sealed class AdoptionWorkflowOnSqlite(SqliteHostFixture fixture) : AdoptionWorkflowContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class AdoptionWorkflowOnPostgres(PostgresHostFixture fixture) : AdoptionWorkflowContract(fixture);
