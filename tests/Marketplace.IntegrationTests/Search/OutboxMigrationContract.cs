using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Regions;
using Marketplace.Web.Features.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Marketplace.IntegrationTests.Search;

/// <summary>Upgrading a database that already has content: migration SearchOutbox enqueues every existing row once.</summary>
public abstract class OutboxMigrationContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task Upgrading_a_database_with_content_enqueues_every_existing_searchable_row()
    {
        var settings = Fixture.SettingsForNewDatabase();
        await using var db = Context(settings);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.GetService<IMigrationsAssembly>().Migrations.Keys.Order().Last(m => m.EndsWith("_ForumRecommendations", StringComparison.Ordinal)));

        db.Regions.Add(new Region { Code = "61", Name = "Kalimantan Barat", Kind = RegionKind.Province });
        var app = new SharedApp { Slug = "lama", Name = "Aplikasi lama", OwnerRegionCode = "61", Status = AppStatus.Published };
        app.Releases.Add(new Release { Version = "1.0.0" });
        db.Apps.Add(app);
        var board = new Board { Slug = "lama", Name = "Papan lama" };
        db.ForumBoards.Add(board);
        await db.SaveChangesAsync();
        var thread = new ForumThread { BoardId = board.Id, Title = "Topik lama", AuthorId = "x" };
        db.ForumThreads.Add(thread);
        await db.SaveChangesAsync();
        db.ForumPosts.AddRange(new Post { ThreadId = thread.Id, Number = 1, AuthorId = "x", Body = "Pertama" }, new Post { ThreadId = thread.Id, Number = 2, AuthorId = "x", Body = "Balasan" });
        await db.SaveChangesAsync();

        await migrator.MigrateAsync();

        var keys = await db.Set<SearchOutboxEntry>().OrderBy(e => e.Id).Select(e => e.Key).ToListAsync();
        var reply = await db.ForumPosts.Where(p => p.Number == 2).Select(p => p.Id).SingleAsync();
        Assert.Equal(["region:61", $"app:{app.Id}", $"release:{app.Releases[0].Id}", $"thread:{thread.Id}", $"post:{reply}"], keys);
        Assert.All(await db.Set<SearchOutboxEntry>().Select(e => e.EnqueuedAt).ToListAsync(),
            at => Assert.InRange(at, DateTimeOffset.UtcNow.AddMinutes(-2), DateTimeOffset.UtcNow.AddMinutes(1)));
    }

    private MarketplaceDbContext Context(Dictionary<string, string?> settings)
    {
        if (Fixture.Provider == DatabaseProvider.PostgreSql)
        {
            return new PostgresMarketplaceDbContext(new DbContextOptionsBuilder<PostgresMarketplaceDbContext>()
                .UseNpgsql(settings["Marketplace:Database:ConnectionString"]).Options);
        }

        Directory.CreateDirectory(settings["Marketplace:DataPath"]!);
        return new SqliteMarketplaceDbContext(new DbContextOptionsBuilder<SqliteMarketplaceDbContext>()
            .UseSqlite($"Data Source={Path.Combine(settings["Marketplace:DataPath"]!, "marketplace.db")}").Options);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutboxMigrationOnSqlite(SqliteHostFixture fixture) : OutboxMigrationContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class OutboxMigrationOnPostgres(PostgresHostFixture fixture) : OutboxMigrationContract(fixture);
