using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>
/// <see cref="DatabaseLease"/> on each database: of two holders only one gets the lease, the holder renews it, the other
/// takes it once it lapsed, and a release lets the other in at once. Each holder has a context of its own (two nodes),
/// and a clock the test moves, on a lease name of its own beside the shared host's "mail" lease.
/// </summary>
public abstract class DatabaseLeaseContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private static readonly TimeSpan _duration = TimeSpan.FromSeconds(10);
    private readonly ManualClock _clock = new();
    private readonly string _name = "test-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task Only_one_of_two_holders_acquires_and_the_holder_renews()
    {
        Assert.True(await AcquireAsync("node-a"));
        Assert.False(await AcquireAsync("node-b"));
        Assert.Equal("node-a", await HolderAsync());

        _clock.Advance(TimeSpan.FromSeconds(8));
        Assert.True(await AcquireAsync("node-a"));

        // Past the first term but within the renewed one: still node A's.
        _clock.Advance(TimeSpan.FromSeconds(8));
        Assert.False(await AcquireAsync("node-b"));
        Assert.Equal("node-a", await HolderAsync());
        Assert.Equal(_clock.GetUtcNow() - TimeSpan.FromSeconds(8) + _duration, await ExpiresAtAsync());
    }

    [Fact]
    public async Task Another_holder_takes_over_once_the_lease_lapsed_and_the_old_holder_then_loses_it()
    {
        Assert.True(await AcquireAsync("node-a"));

        _clock.Advance(_duration + TimeSpan.FromSeconds(1));
        Assert.Null(await HolderAsync());
        Assert.True(await AcquireAsync("node-b"));
        Assert.False(await AcquireAsync("node-a"));
        Assert.Equal("node-b", await HolderAsync());
        Assert.Single(await Host.QueryAsync(db => db.Leases.AsNoTracking().Where(l => l.Name == _name).ToListAsync()));
    }

    [Fact]
    public async Task A_release_lets_the_other_in_at_once_and_only_the_holder_can_release()
    {
        Assert.True(await AcquireAsync("node-a"));

        await ReleaseAsync("node-b");
        Assert.Equal("node-a", await HolderAsync());

        await ReleaseAsync("node-a");
        Assert.Null(await HolderAsync());
        Assert.True(await AcquireAsync("node-b"));
        Assert.Equal("node-b", await HolderAsync());
    }

    [Fact]
    public async Task Nodes_asking_at_once_for_a_lease_nobody_took_yet_get_one_holder_and_log_nothing()
    {
        // The first round of nodes started together on a new database: the row does not exist yet and all insert it.
        for (var round = 0; round < 20; round++)
        {
            var name = $"{_name}-{round}";
            var nodes = Enumerable.Range(0, 4).Select(i => $"node-{i}").ToList();
            using var start = new ManualResetEventSlim();
            var asks = nodes.Select(node => Task.Run(async () =>
            {
                await using var scope = Host.Services.CreateAsyncScope();
                var lease = new DatabaseLease(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), _clock);
                start.Wait();
                return (node, won: await lease.TryAcquireAsync(name, node, _duration, CancellationToken.None));
            })).ToList();
            start.Set();
            var answers = await Task.WhenAll(asks);

            var winner = Assert.Single(answers, a => a.won);
            var row = await Host.QueryAsync(db => db.Leases.AsNoTracking().SingleAsync(l => l.Name == name));
            Assert.Equal(winner.node, row.Holder);
        }
    }

    private async Task<bool> AcquireAsync(string holder)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var lease = new DatabaseLease(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), _clock);
        return await lease.TryAcquireAsync(_name, holder, _duration, CancellationToken.None);
    }

    private async Task ReleaseAsync(string holder)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var lease = new DatabaseLease(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), _clock);
        await lease.ReleaseAsync(_name, holder, CancellationToken.None);
    }

    private async Task<string?> HolderAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var lease = new DatabaseLease(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), _clock);
        return await lease.HolderAsync(_name, CancellationToken.None);
    }

    private Task<DateTimeOffset> ExpiresAtAsync() =>
        Host.QueryAsync(db => db.Leases.AsNoTracking().Where(l => l.Name == _name).Select(l => l.ExpiresAt).SingleAsync());

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DatabaseLeaseOnSqlite(SqliteHostFixture fixture) : DatabaseLeaseContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class DatabaseLeaseOnPostgres(PostgresHostFixture fixture) : DatabaseLeaseContract(fixture);
