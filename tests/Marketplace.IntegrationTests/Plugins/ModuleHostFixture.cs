using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;

namespace Marketplace.IntegrationTests.Plugins;

/// <summary>
/// A host of its own for the module tests: a short time budget (3 s; real modules on a busy test machine need more than 1 s for their first call) and a low fault threshold (2 in a minute), so
/// hangs and repeated faults show quickly; a small entry limit for the too-many-entries package.
/// </summary>
public sealed class ModuleHostFixture : IAsyncLifetime
{
    public const string RuntimeCategory = "Marketplace.Web.Features.Plugins.ModuleRuntime";
    private readonly string _folder = TempFolder.NewPath("mk-it-modules");
    private MarketplaceHost? _host;

    public MarketplaceHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await MarketplaceHost.StartAsync(new Dictionary<string, string?>
    {
        ["Marketplace:DataPath"] = _folder,
        ["Plugins:RequestBudget"] = "00:00:03",
        ["Plugins:FaultThreshold"] = "2",
        ["Plugins:FaultWindow"] = "00:01:00",
        ["Plugins:MaxEntries"] = "50",
        ["Plugins:Settings:pengaduan-warga:targetHari"] = "3",
        ["Accounts:Login:PermitLimit"] = "100000",
        ["Accounts:Posting:PermitLimit"] = "100000",
    });

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        TempFolder.Delete(_folder);
    }
}
