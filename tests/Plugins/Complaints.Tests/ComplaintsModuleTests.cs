using Marketplace.Abstractions;
using Newtonsoft.Json.Linq;

namespace Marketplace.Plugins.Complaints.Tests;

public sealed class ComplaintsModuleTests
{
    private readonly ModuleHarness _host = new(new ComplaintsModule(), new Dictionary<string, string> { ["targetHari"] = "3" });

    private static Dictionary<string, string> Complaint(string title = "Lampu jalan padam") => new()
    {
        ["kategori"] = "Infrastruktur",
        ["judul"] = title,
        ["isi"] = "Lampu jalan di Jalan Sudirman padam sejak tiga malam yang lalu.",
    };

    private async Task<string> SubmitAsync(string region = "33.74") =>
        (await _host.SendAsync("POST", "kirim", region: region, form: Complaint())).RedirectPath!["lacak/".Length..];

    [Fact]
    public async Task Submitting_gives_a_tracking_code_that_shows_the_complaint()
    {
        var code = await SubmitAsync();

        Assert.Matches("^ADU-[2-9A-HJ-NP-Z]{6}$", code);
        var page = await _host.SendAsync("GET", "lacak/" + code, region: "33.74");
        Assert.Contains("Lampu jalan padam", page.Body, StringComparison.Ordinal);
        Assert.Contains("Diterima", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_code_is_normalized_and_tracked()
    {
        var code = await SubmitAsync();
        var found = await _host.SendAsync("GET", "lacak", region: "33.74", query: new Dictionary<string, string> { ["kode"] = " " + code.ToLowerInvariant() });
        Assert.Equal("lacak/" + code, found.RedirectPath);
    }

    [Fact]
    public async Task Another_region_cannot_see_the_complaint()
    {
        var code = await SubmitAsync("33.74");
        Assert.Equal(404, (await _host.SendAsync("GET", "lacak/" + code, region: "16.71")).StatusCode);
    }

    [Fact]
    public async Task Only_the_region_admin_answers_and_the_answer_closes_it()
    {
        var code = await SubmitAsync();
        var answer = new Dictionary<string, string> { ["jawaban"] = "Sudah diperbaiki petugas PJU.", ["status"] = "Selesai" };

        Assert.Equal(403, (await _host.SendAsync("POST", $"lacak/{code}/jawab", region: "33.74", form: answer)).StatusCode);
        Assert.Equal(ModuleResponseKind.Redirect, (await _host.SendAsync("POST", $"lacak/{code}/jawab", region: "33.74", admin: true, form: answer)).Kind);

        var page = await _host.SendAsync("GET", "lacak/" + code, region: "33.74");
        Assert.Contains("Sudah diperbaiki petugas PJU.", page.Body, StringComparison.Ordinal);
        Assert.Contains("Selesai", page.Body, StringComparison.Ordinal);
        Assert.Contains("0 pengaduan", Assert.Single(await _host.WidgetsAsync("33.74")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Short_complaint_is_refused_with_reasons()
    {
        var refused = await _host.SendAsync("POST", "kirim", form: new Dictionary<string, string> { ["kategori"] = "?", ["judul"] = "x", ["isi"] = "pendek" });
        Assert.Equal(400, refused.StatusCode);
        Assert.Contains("Pilih kategori pengaduan.", refused.Body, StringComparison.Ordinal);
        Assert.Contains("Uraian pengaduan harus", refused.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_states_the_answer_time_from_the_settings() =>
        Assert.Contains("paling lambat 3 hari kerja", (await _host.SendAsync("GET", "")).Body, StringComparison.Ordinal);

    [Theory]
    [InlineData("ADU-0OOOOO")]
    [InlineData("ADU-ABC")]
    [InlineData("<b>")]
    public void Codes_outside_the_alphabet_are_not_codes(string typed) => Assert.Null(TrackingCode.Normalize(typed));
}
