namespace Marketplace.IntegrationTests.Support;

/// <summary>The catalog's forms, filled the way a browser without JavaScript sends them.</summary>
public static class CatalogFlows
{
    public static (string Name, string Value)[] AppForm(string name, string license = "GPL-3.0-or-later", bool publish = true, string? slug = null) =>
    [
        ("Input.Name", name),
        ("Input.Slug", slug ?? ""),
        ("Input.Summary", "Aplikasi penilaian kinerja ASN harian."),
        ("Input.Description", "## Fitur\n\n- laporan harian"),
        ("Input.SpbeClass", "Umum"),
        ("Input.Categories", "hr, performance-management"),
        ("Input.License", license),
        ("Input.Maturity", "Stable"),
        ("Input.Languages", "PHP, JavaScript"),
        ("Input.DatabaseTech", "PostgreSQL"),
        ("Input.CpuCores", "4"),
        ("Input.RamGb", "8"),
        ("Input.UsersPerServer", "5000"),
        ("Input.MaintenanceType", "Internal"),
        ("Input.Contacts[0].Name", "Bambang"),
        ("Input.Contacts[0].Email", "bambang@semarangkota.go.id"),

        // A browser sends the second, empty contact row too; it must be dropped, not refused.
        ("Input.Contacts[1].Name", ""),
        ("Input.Contacts[1].Email", ""),
        ("Input.Contacts[1].Phone", ""),
        ("Input.Publish", publish ? "true" : "false"),
    ];

    public static async Task<HttpResponseMessage> PublishAsync(HttpClient client, string name, bool publish = true, string license = "GPL-3.0-or-later") =>
        await AccountFlows.SubmitPageAsync(client, "/katalog/terbitkan", AppForm(name, license, publish));

    public static string UniqueName(string prefix = "E-Kinerja") => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";
}
