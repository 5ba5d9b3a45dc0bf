using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marketplace.Web.Data;

/// <summary>
/// Applies migrations and runs the seeders before anything else starts: <see cref="StartingAsync"/> runs
/// ahead of every hosted service's StartAsync (Data Protection reads its keys from the database there)
/// and before Kestrel binds. Maintenance verbs, which never start the host, call <see cref="InitializeAsync"/> directly.
/// </summary>
internal sealed class DatabaseInitializer(IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedLifecycleService
{
    /// <summary>Migrates and seeds the database of <paramref name="services"/> without starting any hosted service.</summary>
    public static Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ActivatorUtilities.CreateInstance<DatabaseInitializer>(services).StartingAsync(cancellationToken);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        await CreateDatabaseAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while one writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(db, cancellationToken);
        }

        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
    }

    // MigrateAsync on a PostgreSQL database that does not exist yet succeeds but logs errors while it probes
    // (npgsql/efcore.pg#3407, dotnet/efcore#37328); creating the database and history table first keeps the start clean.
    private static async Task CreateDatabaseAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            return;
        }

        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
