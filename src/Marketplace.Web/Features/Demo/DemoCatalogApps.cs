using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Demo;

/// <summary>One application of the demo catalog and its releases, oldest first (date as yyyy-MM-dd).</summary>
internal sealed record DemoSample(AppInput App, IReadOnlyList<(string Version, string Date, string Notes)> Releases);

/// <summary>
/// The demo catalog's content. Drawn from news about the demo regions (GRMS and e-Kinerja of Pemprov Jawa Tengah, the
/// e-office target of Diskominfo Jateng, Palembang's plan for parking and e-budgeting, the shared-application forum
/// Kota Singkawang joined, Kemenkominfo's SPBE work); names of people and figures are made up.
/// </summary>
internal static partial class DemoCatalogApps
{
    public const string SampleLabel = "(data contoh)";

    public static IReadOnlyList<DemoSample> All { get; } = [.. JawaTengah(), .. Semarang(), .. Palembang(), .. Singkawang(), .. Kominfo()];

    private static DemoSample Sample(AppInput app, params (string Version, string Date, string Notes)[] releases)
    {
        app.Publish = true;
        app.OperatingSystem ??= "Ubuntu Server 22.04";
        app.SoftwareType ??= "standalone/web";
        app.Platforms ??= "web";
        app.Description = $"{SampleLabel} Contoh untuk demo Forum Kominfo, disusun dari pemberitaan; bukan data resmi.\n\n{app.Description}";
        return new DemoSample(app, releases);
    }

    private static MaintenanceContact Contact(string name, string email, string affiliation, string? phone = null) =>
        new() { Name = name, Email = email, Affiliation = affiliation, Phone = phone };
}
