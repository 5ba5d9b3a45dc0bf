using Marketplace.IntegrationTests.Adoptions.Api;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.IntegrationTests.Statistics;

/// <summary>
/// A host of its own on a new database, with a known set of applications and adoptions made through the API, so that
/// the statistics, the region profiles and the export can be checked to the exact number. Statistics are not cached
/// there (Statistics:CacheSeconds = 0). Started once per test class, by the first test that asks.
/// <code>
///   Kota Palembang (16.71, Sumatera Selatan): Parkir (Rp 1.000.000.000), Pajak (no cost)
///   Kota Semarang (33.74, Jawa Tengah):      Kinerja (Rp 500.000.000), Arsip (never adopted), Draf (a draft)
///   Parkir  ← Kota Singkawang 61.72 berjalan, Kabupaten Sambas 61.01 berjalan, Kota Surakarta 33.72 disetujui,
///             Kabupaten Banyumas 33.02 ditolak
///   Pajak   ← Kalimantan Barat 61 berjalan, Kota Bandung 32.73 dihentikan, Kota Surabaya 35.78 diajukan
///   Kinerja ← Kota Singkawang 61.72 perencanaan, Kota Surakarta 33.72 berjalan, Kemenkominfo 00.01 berjalan
/// </code>
/// </summary>
public sealed class ReuseScenario : IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private MarketplaceHost? _host;

    public string Parkir { get; private set; } = "";

    public string Pajak { get; private set; } = "";

    public string Kinerja { get; private set; } = "";

    public string Arsip { get; private set; } = "";

    public async Task<MarketplaceHost> HostAsync(IHostFixture fixture)
    {
        await _starting.WaitAsync();
        try
        {
            if (_host is null)
            {
                var settings = fixture.SettingsForNewDatabase();
                settings["Statistics:CacheSeconds"] = "0";
                var host = await MarketplaceHost.StartAsync(settings);
                await BuildAsync(host);
                _host = host;
            }

            return _host;
        }
        finally
        {
            _starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _starting.Dispose();
    }

    private async Task BuildAsync(MarketplaceHost host)
    {
        async Task<HttpClient> Admin(string region) => (await AdoptionApiCalls.PersonAsync(host, region, Roles.AdminWilayah)).Client;
        var palembang = await Admin("16.71");
        var semarang = await Admin("33.74");
        Parkir = await AdoptionApiCalls.PublishAsync(palembang, "Parkir Elektronik", buildCost: 1_000_000_000);
        Pajak = await AdoptionApiCalls.PublishAsync(palembang, "Pajak Daerah");
        Kinerja = await AdoptionApiCalls.PublishAsync(semarang, "E-Kinerja", buildCost: 500_000_000);
        Arsip = await AdoptionApiCalls.PublishAsync(semarang, "Arsip Dinamis", buildCost: 750_000_000);
        await AdoptionApiCalls.PublishAsync(semarang, "Draf Rahasia", buildCost: 9_000_000_000, publish: false);

        var singkawang = await Admin("61.72");
        var surakarta = await Admin("33.72");
        await AdoptionApiCalls.DriveAsync(singkawang, palembang, Parkir, "berjalan");
        await AdoptionApiCalls.DriveAsync(await Admin("61.01"), palembang, Parkir, "berjalan");
        await AdoptionApiCalls.DriveAsync(surakarta, palembang, Parkir, "disetujui");
        await AdoptionApiCalls.DriveAsync(await Admin("33.02"), palembang, Parkir, "ditolak");
        await AdoptionApiCalls.DriveAsync(await Admin("61"), palembang, Pajak, "berjalan");
        await AdoptionApiCalls.DriveAsync(await Admin("32.73"), palembang, Pajak, "dihentikan");
        await AdoptionApiCalls.DriveAsync(await Admin("35.78"), palembang, Pajak, "diajukan");
        await AdoptionApiCalls.DriveAsync(singkawang, semarang, Kinerja, "perencanaan");
        await AdoptionApiCalls.DriveAsync(surakarta, semarang, Kinerja, "berjalan");
        await AdoptionApiCalls.DriveAsync(await Admin("00.01"), semarang, Kinerja, "berjalan");
        host.AssertNoUnexpectedProblems();
    }
}
