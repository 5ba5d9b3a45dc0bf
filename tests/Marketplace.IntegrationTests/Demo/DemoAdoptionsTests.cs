using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Demo;

public sealed class DemoAdoptionsTests : IDisposable
{
    private readonly string _folder = TempFolder.NewPath("mk-it-demo-adopt");

    private Dictionary<string, string?> DemoSettings => new() { ["Marketplace:Demo:Enabled"] = "true", ["Marketplace:DataPath"] = _folder };

    [Fact]
    public async Task Demo_adoptions_cover_every_state_with_histories_plans_and_consistent_counts()
    {
        await using var host = await MarketplaceHost.StartAsync(DemoSettings, "Development");

        var adoptions = await host.QueryAsync(db => db.Adoptions.AsNoTracking().Include(a => a.Events).Include(a => a.Milestones).Include(a => a.App).AsSplitQuery().ToListAsync());
        var apps = await host.QueryAsync(db => db.Apps.AsNoTracking().ToListAsync());
        var reviews = await host.QueryAsync(db => db.Reviews.AsNoTracking().ToListAsync());

        Assert.Equal(DemoAdoptionData.Adoptions.Count, adoptions.Count);
        Assert.Equal(Enum.GetValues<AdoptionState>().Order(), adoptions.Select(a => a.State).Distinct().Order());
        Assert.All(adoptions, adoption =>
        {
            Assert.NotEqual(adoption.OwnerRegionCode, adoption.AdopterRegionCode);
            Assert.Equal(adoption.App.OwnerRegionCode, adoption.OwnerRegionCode);

            // The history is a chain of allowed moves ending in the current state.
            var events = adoption.Events.OrderBy(e => e.At).ToList();
            Assert.Null(events[0].From);
            Assert.Equal(AdoptionState.Diajukan, events[0].To);
            for (var i = 1; i < events.Count; i++)
            {
                Assert.Equal(events[i - 1].To, events[i].From);
                Assert.True(AdoptionStateMachine.Exists(events[i].From!.Value, events[i].To), $"{events[i].From} -> {events[i].To}");
            }

            Assert.Equal(adoption.State, events[^1].To);
            Assert.Equal(adoption.DecidedAt is not null, events.Any(e => e.To is AdoptionState.Disetujui or AdoptionState.Ditolak));
            Assert.Equal(adoption.State == AdoptionState.Berjalan, adoption.RunningSince is not null);
            Assert.Equal(events.Any(e => e.To == AdoptionState.Disetujui), adoption.Milestones.Count > 0);
            Assert.All(adoption.Milestones, m => Assert.True(m.DueDate >= DateOnly.FromDateTime(adoption.RequestedAt.UtcDateTime)));
        });
        Assert.All(apps, app => Assert.Equal(adoptions.Count(a => a.AppId == app.Id && a.State == AdoptionState.Berjalan), app.AdoptionCount));
        Assert.All(adoptions.GroupBy(a => (a.AppId, a.AdopterRegionCode)), g => Assert.True(g.Count(a => a.IsOpen) <= 1));

        // Singkawang's adoption of Palembang's e-Parkir is the visitor's to make.
        Assert.DoesNotContain(adoptions, a => a.App.Slug == "e-parkir-palembang" && a.AdopterRegionCode == "61.72");
        Assert.NotEmpty(reviews);
        Assert.All(reviews, r => Assert.Equal(AdoptionState.Berjalan, adoptions.Single(a => a.Id == r.AdoptionId).State));
        Assert.True(await host.QueryAsync(db => db.RegionServers.CountAsync(s => s.RegionCode == "16.71")) == 2);
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task Second_start_adds_no_adoptions_and_keeps_the_counts()
    {
        int first;
        await using (var host = await MarketplaceHost.StartAsync(DemoSettings, "Development"))
        {
            first = await host.QueryAsync(db => db.Adoptions.CountAsync());
        }

        await using var again = await MarketplaceHost.StartAsync(DemoSettings, "Development");

        Assert.Equal(first, await again.QueryAsync(db => db.Adoptions.CountAsync()));
        Assert.Equal(first, await again.QueryAsync(db => db.AdoptionEvents.Select(e => e.AdoptionId).Distinct().CountAsync()));
        again.AssertNoUnexpectedProblems();
    }

    public void Dispose() => TempFolder.Delete(_folder);
}
