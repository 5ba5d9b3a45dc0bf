using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Contracts;

public abstract class DatabaseContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public void First_start_on_a_new_database_logs_no_warning_or_error()
    {
        Assert.True(Fixture.StartupProblems.Count == 0, "The host logged while it started:\n" + string.Join("\n", Fixture.StartupProblems));
    }

    [Fact]
    public async Task Host_runs_on_the_configured_database_provider()
    {
        var provider = await Host.QueryAsync(db => Task.FromResult(db.Database.ProviderName));

        Assert.Equal(Fixture.Provider == DatabaseProvider.Sqlite ? "Microsoft.EntityFrameworkCore.Sqlite" : "Npgsql.EntityFrameworkCore.PostgreSQL", provider);
    }

    [Fact]
    public async Task Migrations_are_applied_on_a_fresh_database()
    {
        var (history, known, pending) = await Host.QueryAsync(async db => (
            await db.Database.SqlQueryRaw<string>("""SELECT "MigrationId" AS "Value" FROM "__EFMigrationsHistory" """).ToListAsync(),
            db.Database.GetMigrations().ToList(),
            (await db.Database.GetPendingMigrationsAsync()).ToList()));

        Assert.Contains(history, id => id.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(known.Order(), history.Order());
        Assert.Empty(pending);
    }

    [Fact]
    public async Task Regions_are_seeded_with_every_province_regency_city_and_national_body()
    {
        var counts = await CountRegionsByKindAsync(Host);

        Assert.Equal(38, counts[RegionKind.Province]);
        Assert.Equal(416, counts[RegionKind.Regency]);
        Assert.Equal(98, counts[RegionKind.City]);
        Assert.Equal(RegionData.National.Count, counts[RegionKind.National]);
    }

    [Fact]
    public async Task Regencies_and_cities_point_at_their_province()
    {
        var singkawang = await Host.QueryAsync(db => db.Regions.AsNoTracking().SingleAsync(r => r.Code == "61.72"));
        var orphans = await Host.QueryAsync(db => db.Regions
            .Where(r => r.Kind == RegionKind.Regency || r.Kind == RegionKind.City)
            .CountAsync(r => !db.Regions.Any(p => p.Code == r.ParentCode && p.Kind == RegionKind.Province)));

        Assert.Equal(("Kota Singkawang", RegionKind.City, "61"), (singkawang.Name, singkawang.Kind, singkawang.ParentCode));
        Assert.Equal(0, orphans);
    }

    [Fact]
    public async Task Stopping_and_starting_again_on_the_same_database_changes_nothing_and_logs_nothing()
    {
        var settings = Fixture.SettingsForNewDatabase();
        var host = await MarketplaceHost.StartAsync(settings);
        var startup = host.Problems;
        var first = await CountRegionsByKindAsync(host);
        await host.DisposeAsync();
        var stopping = host.Problems.Except(startup, ReferenceEqualityComparer.Instance).ToList();

        await using var again = await MarketplaceHost.StartAsync(settings);
        var second = await CountRegionsByKindAsync(again);
        var migrations = await again.QueryAsync(db => db.Database.SqlQueryRaw<string>("""SELECT "MigrationId" AS "Value" FROM "__EFMigrationsHistory" """).ToListAsync());

        Assert.True(stopping.Count == 0, "The host logged while it stopped:\n" + string.Join("\n", stopping));
        Assert.Equal(first, second);
        Assert.Equal(38 + 514 + RegionData.National.Count, second.Values.Sum());
        Assert.Equal(migrations.Distinct().Count(), migrations.Count);
        again.AssertNoUnexpectedProblems();
    }

    private static Task<Dictionary<RegionKind, int>> CountRegionsByKindAsync(MarketplaceHost host) =>
        host.QueryAsync(db => db.Regions.GroupBy(r => r.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
}

[Collection(SqliteCollection.Name)]
public sealed class DatabaseOnSqlite(SqliteHostFixture fixture) : DatabaseContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class DatabaseOnPostgres(PostgresHostFixture fixture) : DatabaseContract(fixture);
