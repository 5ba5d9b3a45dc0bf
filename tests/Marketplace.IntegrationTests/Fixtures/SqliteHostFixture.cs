using Marketplace.IntegrationTests.Support;
using Marketplace.Web;

namespace Marketplace.IntegrationTests.Fixtures;

/// <summary>One host on the default embedded SQLite database, in a temporary data folder.</summary>
public sealed class SqliteHostFixture : HostFixture
{
    private readonly List<string> _folders = [];

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override Dictionary<string, string?> SettingsForNewDatabase()
    {
        var folder = TempFolder.NewPath("mk-it-sqlite");
        lock (_folders)
        {
            _folders.Add(folder);
        }

        return new() { ["Marketplace:DataPath"] = folder };
    }

    protected override Task StopDependenciesAsync()
    {
        _folders.ForEach(TempFolder.Delete);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteHostFixture>
{
    public const string Name = "Host on SQLite";
}
