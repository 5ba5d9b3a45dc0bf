using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Demo;

public sealed class DemoCatalogTests : IDisposable
{
    private readonly string _folder = TempFolder.NewPath("mk-it-demo");

    private Dictionary<string, string?> DemoSettings => new() { ["Marketplace:Demo:Enabled"] = "true", ["Marketplace:DataPath"] = _folder };

    [Fact]
    public async Task Demo_host_publishes_about_a_dozen_sample_applications_each_with_releases_and_requirements()
    {
        await using var host = await MarketplaceHost.StartAsync(DemoSettings, "Development");

        var apps = await host.QueryAsync(db => db.Apps.AsNoTracking().Include(a => a.Releases).Include(a => a.Tags).AsSplitQuery().ToListAsync());
        var regions = await host.QueryAsync(db => db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code));

        Assert.InRange(apps.Count, 10, 14);
        Assert.Equal(DemoCatalogApps.All.Count, apps.Count);
        Assert.All(apps, app =>
        {
            Assert.Equal(AppStatus.Published, app.Status);
            Assert.NotNull(app.PublishedAt);
            Assert.NotEmpty(app.Releases);
            Assert.All(app.Releases, r => Assert.True(SemVer.TryParse(r.Version, out _), r.Version));
            Assert.NotNull(app.Requirements.CpuCores);
            Assert.NotNull(app.Requirements.RamGb);
            Assert.NotNull(app.Requirements.StorageGb);
            Assert.NotNull(app.Requirements.UsersPerServer);
            Assert.Contains(DemoCatalogApps.SampleLabel, app.Description.Split('\n')[0]);
            Assert.NotEmpty(app.Contacts);
            Assert.All(app.Contacts, c => Assert.EndsWith(".go.id", c.Email));
            Assert.Contains(app.Tags, t => t.Kind == TagKind.Category);
            Assert.Contains(app.Tags, t => t.Kind == TagKind.Technology && t.Value == app.DatabaseTech!.ToLowerInvariant());
            Assert.All(app.Tags, t => Assert.Equal(t.Value.ToLowerInvariant(), t.Value));
            var owner = regions[app.OwnerRegionCode];
            Assert.Equal(app.OwnerRegionCode.StartsWith("00.", StringComparison.Ordinal) ? null : owner.ParentCode ?? owner.Code, app.OwnerProvinceCode);
        });
        Assert.Contains(apps, a => a.OwnerRegionCode == "16.71" && a.Tags.Any(t => t.Value == "mobile-payment"));
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task Second_start_on_the_same_data_folder_adds_no_sample_applications()
    {
        List<(int, string, int)> first;
        await using (var host = await MarketplaceHost.StartAsync(DemoSettings, "Development"))
        {
            first = await SnapshotAsync(host);
        }

        await using var again = await MarketplaceHost.StartAsync(DemoSettings, "Development");

        Assert.Equal(first, await SnapshotAsync(again));
        again.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task Production_host_without_demo_has_no_sample_applications()
    {
        await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?> { ["Marketplace:DataPath"] = _folder });

        Assert.Equal(0, await host.QueryAsync(db => db.Apps.CountAsync()));
    }

    public void Dispose() => TempFolder.Delete(_folder);

    private static Task<List<(int, string, int)>> SnapshotAsync(MarketplaceHost host) =>
        host.QueryAsync(async db => (await db.Apps.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Slug, Releases = a.Releases.Count }).ToListAsync())
            .Select(a => (a.Id, a.Slug, a.Releases)).ToList());
}
