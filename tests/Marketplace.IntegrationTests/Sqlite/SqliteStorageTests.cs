using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class SqliteStorageTests(SqliteHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task Database_runs_in_WAL_mode_in_a_file_inside_the_data_folder()
    {
        var (journalMode, file, walFileExists) = await Host.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            var mode = (string?)await command.ExecuteScalarAsync();
            return (mode, connection.DataSource, File.Exists(connection.DataSource + "-wal"));
        });

        Assert.Equal("wal", journalMode);
        Assert.Equal(Path.Combine(Host.DataPath, "marketplace.db"), file);
        Assert.True(walFileExists, "In WAL mode SQLite keeps a -wal file beside the database while a connection is open.");
    }

    [Fact]
    public async Task DataPath_setting_puts_marketplace_db_in_that_folder()
    {
        var settings = Fixture.SettingsForNewDatabase();
        var folder = settings["Marketplace:DataPath"]!;
        Assert.False(Directory.Exists(folder));

        await using var host = await MarketplaceHost.StartAsync(settings);

        Assert.Equal(folder, host.DataPath);
        Assert.True(File.Exists(Path.Combine(folder, "marketplace.db")));
        Assert.Equal(38 + 514 + RegionData.National.Count, await host.QueryAsync(db => db.Regions.CountAsync()));
        host.AssertNoUnexpectedProblems();
    }
}
