using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;

namespace Marketplace.IntegrationTests.Statistics;

/// <summary>
/// The numbers after the known adoptions of <see cref="ReuseScenario"/>: GET /api/v1/stats, the /statistik page, the
/// region profiles with a province roll-up, the region adoption lists and usedBy in the publiccode.yml export.
/// </summary>
public abstract partial class StatisticsContract(IHostFixture fixture, ReuseScenario scenario) : SharedHostTest(fixture)
{
    private async Task<MarketplaceHost> ScenarioAsync() => await scenario.HostAsync(Fixture);

    [Fact]
    public async Task The_stats_api_counts_applications_states_regions_provinces_flows_and_savings()
    {
        var host = await ScenarioAsync();

        var stats = await host.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/stats");

        Assert.Equal((4, 3), (stats.GetProperty("appsShared").GetInt32(), stats.GetProperty("appsAdopted").GetInt32()));
        var adoptions = stats.GetProperty("adoptions");
        Assert.Equal(10, adoptions.GetProperty("total").GetInt32());
        Assert.Equal(
            new Dictionary<string, int> { ["diajukan"] = 1, ["disetujui"] = 1, ["perencanaan"] = 1, ["berjalan"] = 5, ["ditolak"] = 1, ["dihentikan"] = 1 },
            adoptions.GetProperty("byState").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()));
        var regions = stats.GetProperty("regions");
        Assert.Equal((2, 6, 8), (regions.GetProperty("publishing").GetInt32(), regions.GetProperty("adopting").GetInt32(), regions.GetProperty("takingPart").GetInt32()));

        var provinces = stats.GetProperty("runningByProvince").EnumerateArray()
            .ToDictionary(p => p.GetProperty("province").ValueKind == JsonValueKind.Null ? "pusat" : p.GetProperty("province").GetProperty("code").GetString()!, p => p.GetProperty("running").GetInt32());
        Assert.Equal(39, provinces.Count);
        Assert.Equal((3, 1, 1, 0), (provinces["61"], provinces["33"], provinces["pusat"], provinces["16"]));
        Assert.Equal(5, provinces.Values.Sum());

        var flows = stats.GetProperty("flows").EnumerateArray()
            .Select(f => $"{Code(f.GetProperty("origin"))}>{Code(f.GetProperty("adopter"))} {f.GetProperty("open").GetInt32()}/{f.GetProperty("running").GetInt32()}").ToList();
        Assert.Equal(["16>61 3/3", "33>- 1/1", "33>33 1/1", "16>33 1/0", "16>35 1/0", "33>61 1/0"], flows);

        var savings = stats.GetProperty("savings");
        Assert.Equal((3_000_000_000L, 5, 4), (savings.GetProperty("total").GetInt64(), savings.GetProperty("running").GetInt32(), savings.GetProperty("runningWithCost").GetInt32()));
        var perProvince = savings.GetProperty("byProvince").EnumerateArray()
            .Select(p => $"{Code(p.GetProperty("province"))} {p.GetProperty("running").GetInt32()}/{p.GetProperty("runningWithCost").GetInt32()} {p.GetProperty("amount").GetInt64()}").ToList();
        Assert.Equal(["61 3/2 2000000000", "33 1/1 500000000", "- 1/1 500000000"], perProvince);
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task The_statistics_page_draws_the_pictures_with_their_tables_in_both_languages()
    {
        var host = await ScenarioAsync();
        using var client = host.CreateClient();

        var page = await Html.GetPageAsync(client, "/statistik");
        var english = await Html.GetPageAsync(client, "/statistik", acceptLanguage: "en");

        Assert.Equal(3, SvgPattern().Matches(page).Count);
        Assert.All(SvgPattern().Matches(page), m => Assert.Matches("role=\"img\" aria-label=\"[^\"]+\"", m.Value));
        Assert.Equal(3, Regex.Matches(page, "<desc>[^<]+</desc>").Count);
        Assert.Equal(38, Regex.Matches(page, "<g data-code=\"\\d\\d\">").Count);
        Assert.Matches("<g data-code=\"61\"><title>Kalimantan Barat: 3</title>.*?>Kalbar</text>.*?>3</text>", page);
        Assert.Matches("<g data-code=\"16\"><title>Sumatera Selatan: 0</title>", page);
        Assert.Equal(3, Regex.Matches(page, "<details>").Count);
        Assert.Contains("<strong>Rp 3 miliar</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Rp 3.000.000.000", page, StringComparison.Ordinal);
        Assert.Equal(["3", "2", "Rp 2.000.000.000"], RowCells(page, "/wilayah/61\">Kalimantan Barat</a>", "savings"));
        Assert.Equal(["1", "1", "Rp 500.000.000"], RowCells(page, "Instansi pusat", "savings"));
        Assert.Contains("<td>Sumatera Selatan</td><td>Kalimantan Barat</td><td class=\"number\">3</td><td class=\"number\">3</td>", page, StringComparison.Ordinal);
        Assert.Contains(">Berjalan</text>", page, StringComparison.Ordinal);
        Assert.Contains("Rp 3,000,000,000", english, StringComparison.Ordinal);
        Assert.Contains("<strong>Rp 3 billion</strong>", english, StringComparison.Ordinal);
        Assert.Contains("National institutions", english, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", page.Split("</main>")[0].Split("<main")[^1], StringComparison.OrdinalIgnoreCase);
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task A_city_profile_lists_what_it_runs_and_what_is_in_progress()
    {
        var host = await ScenarioAsync();

        var singkawang = await Html.GetPageAsync(host.CreateClient(), "/wilayah/61.72");
        var palembang = await Html.GetPageAsync(host.CreateClient(), "/wilayah/16.71");

        Assert.Contains("Aplikasi yang diterbitkan (0)", singkawang, StringComparison.Ordinal);
        Assert.Contains("Aplikasi yang diadopsi dan berjalan (1)", singkawang, StringComparison.Ordinal);
        Assert.Matches($"<a href=\"/katalog/{scenario.Parkir}\">Parkir Elektronik</a>\\s*· dari <a href=\"/wilayah/16.71\">Kota Palembang</a>", singkawang);
        Assert.Contains("Adopsi dalam proses (1)", singkawang, StringComparison.Ordinal);
        Assert.Matches($"<a href=\"/katalog/{scenario.Kinerja}\">E-Kinerja</a>[^<]*<a href=\"/wilayah/33.74\">Kota Semarang</a>\\s*· <span class=\"badge\">Perencanaan</span>", singkawang);
        Assert.Contains("Aplikasi yang diterbitkan (2)", palembang, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/katalog/{scenario.Parkir}\">Parkir Elektronik</a> · dijalankan 2 daerah lain", palembang, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/katalog/{scenario.Pajak}\">Pajak Daerah</a> · dijalankan 1 daerah lain", palembang, StringComparison.Ordinal);
        Assert.Matches("Aplikasinya yang berjalan di daerah lain</dt>\\s*<dd>3</dd>", palembang);
        Assert.DoesNotContain("Rekap provinsi", palembang, StringComparison.Ordinal);
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task A_province_profile_rolls_up_its_regencies_and_cities()
    {
        var host = await ScenarioAsync();

        var kalbar = await Html.GetPageAsync(host.CreateClient(), "/wilayah/61");
        var jateng = await Html.GetPageAsync(host.CreateClient(), "/wilayah/33");

        Assert.Contains("Aplikasi yang diadopsi dan berjalan (1)", kalbar, StringComparison.Ordinal);
        Assert.Equal(["Provinsi", "0", "1", "0"], RowCells(kalbar, "Pemerintah Provinsi Kalimantan Barat", "rollup"));
        Assert.Equal(["Kabupaten", "0", "1", "0"], RowCells(kalbar, ">Kabupaten Sambas</a>", "rollup"));
        Assert.Equal(["Kota", "0", "1", "1"], RowCells(kalbar, ">Kota Singkawang</a>", "rollup"));
        Assert.Equal(["0", "3", "1"], RowCells(kalbar, ">Jumlah</th>", "rollup"));
        Assert.Equal(1 + 12 + 2, Regex.Matches(Table(kalbar, "rollup"), "<tr>").Count - 2);

        Assert.Equal(["Kota", "2", "0", "0"], RowCells(jateng, ">Kota Semarang</a>", "rollup"));
        Assert.Equal(["Kota", "0", "1", "1"], RowCells(jateng, ">Kota Surakarta</a>", "rollup"));
        Assert.Equal(["Kabupaten", "0", "0", "0"], RowCells(jateng, ">Kabupaten Banyumas</a>", "rollup"));
        Assert.Equal(["2", "1", "1"], RowCells(jateng, ">Jumlah</th>", "rollup"));
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task The_region_adoption_lists_hold_each_side()
    {
        var host = await ScenarioAsync();
        using var client = host.CreateClient();

        var palembang = await client.GetFromJsonAsync<JsonElement>("/api/v1/regions/16.71/adoptions");
        var singkawang = await client.GetFromJsonAsync<JsonElement>("/api/v1/regions/61.72/adoptions?role=adopter");
        var parkir = await client.GetFromJsonAsync<JsonElement>($"/api/v1/apps/{scenario.Parkir}/adoptions");

        Assert.Equal((0, 7), (palembang.GetProperty("asAdopter").GetArrayLength(), palembang.GetProperty("asOwner").GetArrayLength()));
        Assert.Equal(["berjalan", "perencanaan"], singkawang.GetProperty("asAdopter").EnumerateArray().Select(a => a.GetProperty("state").GetString()).Order());
        Assert.Equal(["33.02 ditolak", "33.72 disetujui", "61.01 berjalan", "61.72 berjalan"],
            parkir.GetProperty("items").EnumerateArray().Select(a => $"{a.GetProperty("adopter").GetProperty("code").GetString()} {a.GetProperty("state").GetString()}").Order());
    }

    [Fact]
    public async Task The_export_lists_the_running_adopters_under_usedBy()
    {
        var host = await ScenarioAsync();
        using var client = host.CreateClient();

        var parkir = await client.GetStringAsync($"/api/v1/apps/{scenario.Parkir}/publiccode.yml");
        var pajak = await client.GetStringAsync($"/api/v1/apps/{scenario.Pajak}/publiccode.yml");
        var arsip = await client.GetStringAsync($"/api/v1/apps/{scenario.Arsip}/publiccode.yml");

        Assert.Contains("usedBy:\n- Kabupaten Sambas\n- Kota Singkawang\n", parkir.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Surakarta", parkir, StringComparison.Ordinal);
        Assert.DoesNotContain("Banyumas", parkir, StringComparison.Ordinal);
        Assert.Contains("usedBy:\n- Kalimantan Barat\n", pajak.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Bandung", pajak, StringComparison.Ordinal);
        Assert.DoesNotContain("usedBy", arsip, StringComparison.Ordinal);
        using var validated = await client.PostAsync("/api/v1/publiccode/validate", new StringContent(parkir, System.Text.Encoding.UTF8, "application/yaml"));
        // The test applications' descriptions are too short for the standard; usedBy itself must raise nothing.
        var report = await ApiCalls.JsonAsync(validated);
        Assert.DoesNotContain(report.GetProperty("errors").EnumerateArray().Concat(report.GetProperty("warnings").EnumerateArray()),
            i => i.GetProperty("key").GetString()!.StartsWith("usedBy", StringComparison.Ordinal));
    }

    private static string Code(JsonElement region) => region.ValueKind == JsonValueKind.Null ? "-" : region.GetProperty("code").GetString()!;

    /// <summary>The table with <paramref name="cssClass"/>.</summary>
    private static string Table(string html, string cssClass) =>
        Regex.Match(html, $"<table class=\"{cssClass}\">.*?</table>", RegexOptions.Singleline).Value;

    /// <summary>The text of the cells (td) of the row of <paramref name="cssClass"/>'s table that contains <paramref name="marker"/>.</summary>
    private static IReadOnlyList<string> RowCells(string html, string marker, string cssClass)
    {
        var row = Regex.Matches(Table(html, cssClass), "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).Single(r => r.Contains(marker, StringComparison.Ordinal));
        return [.. Regex.Matches(row, "<td[^>]*>(?<text>.*?)</td>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups["text"].Value, "<[^>]+>", "")).Trim())];
    }

    [GeneratedRegex("<svg [^>]*>")]
    private static partial Regex SvgPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class StatisticsOnSqlite(SqliteHostFixture fixture, ReuseScenario scenario) : StatisticsContract(fixture, scenario), IClassFixture<ReuseScenario>;

[Collection(PostgresCollection.Name)]
public sealed class StatisticsOnPostgres(PostgresHostFixture fixture, ReuseScenario scenario) : StatisticsContract(fixture, scenario), IClassFixture<ReuseScenario>;
