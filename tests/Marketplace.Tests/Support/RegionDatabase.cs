using Marketplace.Web.Data;
using Marketplace.Web.Features.Regions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Support;

/// <summary>A private in-memory SQLite database with the real migrations, seeded with the regions, and a RegionDirectory over it.</summary>
internal sealed class RegionDatabase : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly ServiceProvider _services;

    private RegionDatabase(SqliteConnection connection, ServiceProvider services)
    {
        _connection = connection;
        _services = services;
    }

    public RegionDirectory Directory => _services.GetRequiredService<RegionDirectory>();

    public static async Task<RegionDatabase> CreateAsync()
    {
        // The database lives as long as this connection stays open.
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var services = new ServiceCollection()
            .AddDbContext<MarketplaceDbContext, SqliteMarketplaceDbContext>(o => o.UseSqlite(connection))
            .AddSingleton<RegionDirectory>()
            .AddScoped<RegionSeeder>()
            .BuildServiceProvider(validateScopes: true);
        var database = new RegionDatabase(connection, services);
        await database.WithDbAsync(db => db.Database.MigrateAsync());
        await database.SeedAsync();
        return database;
    }

    public Task SeedAsync() =>
        WithScopeAsync(scope => scope.ServiceProvider.GetRequiredService<RegionSeeder>()
            .SeedAsync(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), CancellationToken.None));

    public Task WithDbAsync(Func<MarketplaceDbContext, Task> action) =>
        WithScopeAsync(scope => action(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>()));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task WithScopeAsync(Func<IServiceScope, Task> action)
    {
        await using var scope = _services.CreateAsyncScope();
        await action(scope);
    }
}

/// <summary>One seeded database shared by the read-only tests of a class.</summary>
public sealed class SeededRegions : IAsyncLifetime
{
    private RegionDatabase? _database;

    public RegionDirectory Directory => (_database ?? throw new InvalidOperationException("Not initialized.")).Directory;

    public async Task InitializeAsync() => _database = await RegionDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
