using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Maintenance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Demo;

public sealed class GenerateLoadVerbTests
{
    [Fact]
    public async Task Generate_load_adds_the_requested_applications_owned_by_existing_regions_with_unique_slugs_and_tags()
    {
        await using var host = await MarketplaceHost.StartAsync();
        var output = new StringWriter();

        var exitCode = await MaintenanceRegistration.RunAsync(host.Services, ["generate-load", "--apps", "500", "--seed", "7"], output, CancellationToken.None);

        Assert.True(exitCode == 0, output.ToString());
        var apps = await host.QueryAsync(db => db.Apps.AsNoTracking().Include(a => a.Tags).AsSplitQuery().ToListAsync());
        var regions = await host.QueryAsync(db => db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code));
        Assert.Equal(500, apps.Count);
        Assert.Equal(500, apps.Select(a => a.Slug).Distinct().Count());
        Assert.All(apps, a => Assert.True(Slugs.IsValid(a.Slug), a.Slug));
        Assert.All(apps, a => Assert.True(regions.ContainsKey(a.OwnerRegionCode), a.OwnerRegionCode));
        Assert.All(apps, a => Assert.Equal(regions[a.OwnerRegionCode].ParentCode ?? a.OwnerRegionCode, a.OwnerProvinceCode));
        Assert.Equal(500, apps.Select(a => a.OwnerRegionCode).Distinct().Count());
        Assert.All(apps, a => Assert.Contains(LoadGenerator.Marker, a.Summary));
        Assert.All(apps, a => Assert.Contains(a.Tags, t => t.Kind == TagKind.Category));
        Assert.All(apps, a => Assert.Contains(a.Tags, t => t.Kind == TagKind.Technology));
        Assert.True(apps.Count(a => a.Status == AppStatus.Published) > 450);
        Assert.Contains("added 500 applications", output.ToString());
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task Same_seed_generates_the_same_applications_again_under_new_slugs()
    {
        await using var host = await MarketplaceHost.StartAsync();
        string[] args = ["generate-load", "--apps", "60", "--seed", "42"];

        Assert.Equal(0, await MaintenanceRegistration.RunAsync(host.Services, args, TextWriter.Null, CancellationToken.None));
        Assert.Equal(0, await MaintenanceRegistration.RunAsync(host.Services, args, TextWriter.Null, CancellationToken.None));

        var apps = await host.QueryAsync(db => db.Apps.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Name, a.Slug, a.License }).ToListAsync());
        Assert.Equal(120, apps.Count);
        Assert.Equal(apps.Take(60).Select(a => (a.Name, a.License)), apps.Skip(60).Select(a => (a.Name, a.License)));
        Assert.Empty(apps.Take(60).Select(a => a.Slug).Intersect(apps.Skip(60).Select(a => a.Slug)));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("generate-load", "--apps", "zero")]
    [InlineData("generate-load", "--colour", "red")]
    [InlineData("generate-load", "--apps")]
    public async Task Unknown_verb_or_option_prints_usage_and_exits_with_2(params string[] args)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        var output = new StringWriter();

        var exitCode = await MaintenanceRegistration.RunAsync(services, args, output, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("generate-load", output.ToString());
    }

    [Theory]
    [InlineData(true, "generate-load", "--apps", "10")]
    [InlineData(true, "frobnicate")]
    [InlineData(false, "--urls", "http://127.0.0.1:5000")]
    [InlineData(false, "--environment=Development")]
    [InlineData(false, "Marketplace:DataPath=/tmp/x")]
    [InlineData(false)]
    public void Only_a_leading_word_is_a_verb_so_host_arguments_still_start_the_web_server(bool isVerb, params string[] args) =>
        Assert.Equal(isVerb, MaintenanceRegistration.IsVerb(args));

    [Fact]
    public async Task Host_settings_after_the_verb_are_left_to_the_host()
    {
        await using var host = await MarketplaceHost.StartAsync();

        var exitCode = await MaintenanceRegistration.RunAsync(
            host.Services, ["generate-load", "--Marketplace:DataPath", host.DataPath, "--apps", "3", "Logging:LogLevel:Default=Warning"], TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal(3, await host.QueryAsync(db => db.Apps.CountAsync()));
    }
}
