using Marketplace.Testing;
using Marketplace.Web;

namespace Marketplace.IntegrationTests.Fixtures;

/// <summary>One real PostgreSQL 15 server for the run, and one host on a new database of it.</summary>
public sealed class PostgresHostFixture : HostFixture
{
    private PostgresServer? _server;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override Dictionary<string, string?> SettingsForNewDatabase() =>
        SettingsFor(_server ?? throw new InvalidOperationException("The server has not started."));

    /// <summary>Settings for a host on a new database of <paramref name="server"/>; the host creates it when it migrates.</summary>
    public static Dictionary<string, string?> SettingsFor(PostgresServer server) => new()
    {
        ["Marketplace:Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
        ["Marketplace:Database:ConnectionString"] = server.ConnectionString("marketplace_" + Guid.NewGuid().ToString("N")[..12]),
    };

    protected override async Task StartDependenciesAsync() => _server = await PostgresServer.StartAsync();

    protected override async Task StopDependenciesAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresHostFixture>
{
    public const string Name = "Host on PostgreSQL";
}
