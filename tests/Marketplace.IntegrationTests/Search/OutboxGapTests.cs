using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Search.IndexingProbe;

namespace Marketplace.IntegrationTests.Search;

/// <summary>
/// On PostgreSQL an outbox id is taken when the row is inserted but seen when its transaction commits: the indexer must
/// wait at such a hole (or lose the change for good), and pass it once it is old (a rollback's hole never fills).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OutboxGapTests(PostgresHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_indexer_waits_at_an_open_transactions_id_and_indexes_both_once_it_commits()
    {
        var settings = Fixture.SettingsForNewDatabase();
        settings["Search:GapGraceSeconds"] = "600";
        await using var host = await MarketplaceHost.StartAsync(settings);
        await CaughtUpAsync(host);
        var index = host.Services.GetRequiredService<ISearchIndex>();

        await using var slow = host.Services.CreateAsyncScope();
        var slowDb = slow.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        await using var transaction = await slowDb.Database.BeginTransactionAsync();
        var (slowWord, fastWord) = (UniqueWord(), UniqueWord());
        slowDb.Apps.Add(App(slowWord));
        await slowDb.SaveChangesAsync();
        var before = index.CommittedPosition;
        await host.QueryAsync(async db =>
        {
            db.Apps.Add(App(fastWord));
            return await db.SaveChangesAsync();
        });

        // The later write is committed and visible, but behind the open transaction's id: it waits.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(before, index.CommittedPosition);
        Assert.Equal(0, index.Search(new SearchRequest { Text = fastWord, WithFacets = false }).Total);

        await transaction.CommitAsync();

        Assert.Single(await FindAsync(host, slowWord));
        Assert.Single(await FindAsync(host, fastWord));
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task A_rolled_back_transactions_hole_is_passed_after_the_grace_period()
    {
        var settings = Fixture.SettingsForNewDatabase();
        settings["Search:GapGraceSeconds"] = "2";
        await using var host = await MarketplaceHost.StartAsync(settings);
        await CaughtUpAsync(host);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Apps.Add(App(UniqueWord()));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        var word = UniqueWord();
        await host.QueryAsync(async db =>
        {
            db.Apps.Add(App(word));
            return await db.SaveChangesAsync();
        });

        Assert.Single(await FindAsync(host, word));
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task A_lag_older_than_the_threshold_is_Degraded_with_200_and_Healthy_again_once_caught_up()
    {
        var settings = Fixture.SettingsForNewDatabase();
        settings["Search:GapGraceSeconds"] = "600";
        settings["Search:LagDegradedSeconds"] = "1";
        await using var host = await MarketplaceHost.StartAsync(settings);
        await CaughtUpAsync(host);
        using var client = host.CreateClient();

        // An open transaction holds the indexer at its id, so what follows stays pending.
        await using var slow = host.Services.CreateAsyncScope();
        var slowDb = slow.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        await using var transaction = await slowDb.Database.BeginTransactionAsync();
        slowDb.Apps.Add(App(UniqueWord()));
        await slowDb.SaveChangesAsync();
        await host.QueryAsync(async db =>
        {
            db.Apps.Add(App(UniqueWord()));
            return await db.SaveChangesAsync();
        });
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var lagging = await HealthReport.GetAsync(client);
        var (status, data) = await SearchHealthAsync(client);

        Assert.Equal((System.Net.HttpStatusCode.OK, "Degraded", "Degraded"), (lagging.Code, lagging.Status, status));
        Assert.True(data.GetProperty("pending").GetInt32() >= 1, data.ToString());
        Assert.True(data.GetProperty("oldestPendingSeconds").GetInt64() >= 2, data.ToString());

        await transaction.CommitAsync();
        await CaughtUpAsync(host);
        Assert.Equal("Healthy", (await SearchHealthAsync(client)).Status);
        host.AssertNoUnexpectedProblems(p => p.Category == "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"
            && p.Message.Contains("search", StringComparison.Ordinal));
    }

    private static SharedApp App(string word) => new()
    {
        Slug = "celah-" + word,
        Name = $"Aplikasi {word}",
        OwnerRegionCode = "61.72",
        OwnerProvinceCode = "61",
        Status = AppStatus.Published,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
        PublishedAt = DateTimeOffset.UtcNow,
    };
}
