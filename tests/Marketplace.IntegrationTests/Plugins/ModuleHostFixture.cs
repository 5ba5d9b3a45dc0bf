using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;

namespace Marketplace.IntegrationTests.Plugins;

/// <summary>
/// A host of its own for the module tests: a short time budget (3 s; real modules on a busy test machine need more than 1 s for their first call) and a low fault threshold (2 in a minute), so
/// hangs and repeated faults show quickly; a small entry limit for the too-many-entries package.
/// </summary>
public class ModuleHostFixture : IAsyncLifetime
{
    public const string RuntimeCategory = "Marketplace.Web.Features.Plugins.ModuleRuntime";
    private readonly string _folder = TempFolder.NewPath("mk-it-modules");
    private MarketplaceHost? _host;

    public MarketplaceHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync()
    {
        var settings = await DatabaseSettingsAsync();
        foreach (var (key, value) in ModuleSettings())
        {
            settings[key] = value;
        }

        _host = await MarketplaceHost.StartAsync(settings);
    }

    /// <summary>The database of the host: the embedded SQLite file by default.</summary>
    protected virtual Task<Dictionary<string, string?>> DatabaseSettingsAsync() => Task.FromResult(new Dictionary<string, string?>());

    protected virtual Task StopDependenciesAsync() => Task.CompletedTask;

    private Dictionary<string, string?> ModuleSettings() => new()
    {
        ["Marketplace:DataPath"] = _folder,
        ["Plugins:RequestBudget"] = "00:00:03",
        ["Plugins:FaultThreshold"] = "2",
        ["Plugins:FaultWindow"] = "00:01:00",
        ["Plugins:MaxEntries"] = "50",
        ["Plugins:Settings:pengaduan-warga:targetHari"] = "3",
        ["Accounts:Login:PermitLimit"] = "100000",
        ["Accounts:Posting:PermitLimit"] = "100000",
    };

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await StopDependenciesAsync();
        TempFolder.Delete(_folder);
    }
}

/// <summary>The same host on a new database of a real PostgreSQL 15 server: the module storage and the migration on the second provider.</summary>
public sealed class PostgresModuleHostFixture : ModuleHostFixture
{
    private PostgresServer? _server;

    protected override async Task<Dictionary<string, string?>> DatabaseSettingsAsync()
    {
        _server = await PostgresServer.StartAsync();
        return PostgresHostFixture.SettingsFor(_server);
    }

    protected override async Task StopDependenciesAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
