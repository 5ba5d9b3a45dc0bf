using Marketplace.Abstractions;
using Newtonsoft.Json.Linq;

namespace Marketplace.Plugins.Parking.Tests;

public sealed class ParkingModuleTests
{
    private readonly ModuleHarness _host = new(new ParkingModule());

    private static Dictionary<string, string> Ticket(string type = "Mobil", string plate = "bg 1234 ab", string location = "Pasar 16 Ilir") =>
        new() { ["jenis"] = type, ["nopol"] = plate, ["lokasi"] = location };

    [Fact]
    public async Task Issuing_a_ticket_charges_the_tariff_and_redirects_to_the_numbered_ticket()
    {
        var issued = await _host.SendAsync("POST", "karcis", form: Ticket());

        Assert.Equal(ModuleResponseKind.Redirect, issued.Kind);
        Assert.Equal("karcis/20260105-0001", issued.RedirectPath);
        var shown = await _host.SendAsync("GET", issued.RedirectPath!);
        Assert.Contains("BG 1234 AB", shown.Body, StringComparison.Ordinal);
        Assert.Contains("Rp 5.000", shown.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tickets_are_numbered_per_local_day()
    {
        await _host.SendAsync("POST", "karcis", form: Ticket());
        _host.Clock.Now = _host.Clock.Now.AddHours(20); // 05.01 21.00 UTC is already 6 January in WIB
        var next = await _host.SendAsync("POST", "karcis", form: Ticket());
        Assert.Equal("karcis/20260106-0001", next.RedirectPath);
    }

    [Fact]
    public async Task Daily_recap_sums_per_vehicle_type_and_only_for_the_region()
    {
        await _host.SendAsync("POST", "karcis", form: Ticket("Motor"));
        await _host.SendAsync("POST", "karcis", form: Ticket("Motor"));
        await _host.SendAsync("POST", "karcis", form: Ticket("Mobil"));
        await _host.SendAsync("POST", "karcis", region: "33.74", form: Ticket("Bus/Truk"));

        var recap = JObject.Parse((await _host.SendAsync("GET", "rekap.json", query: new Dictionary<string, string> { ["tanggal"] = "2026-01-05" })).Body!);

        Assert.Equal(3, (int)recap["count"]!);
        Assert.Equal(9_000, (long)recap["amount"]!);
        Assert.Equal("16.71", (string)recap["region"]!);
    }

    [Fact]
    public async Task Invalid_ticket_is_refused_with_every_reason_in_Indonesian()
    {
        var refused = await _host.SendAsync("POST", "karcis", form: Ticket("Pesawat", "B", ""));

        Assert.Equal(400, refused.StatusCode);
        Assert.Contains("Pilih jenis kendaraan.", refused.Body, StringComparison.Ordinal);
        Assert.Contains("Nomor polisi harus", refused.Body, StringComparison.Ordinal);
        Assert.Contains("Isi titik parkir", refused.Body, StringComparison.Ordinal);
        Assert.Empty(_host.Stored("16.71"));
    }

    [Fact]
    public async Task Only_the_region_admin_changes_tariffs_and_new_tickets_use_them()
    {
        var form = new Dictionary<string, string> { ["tarif-motor"] = "3.000", ["tarif-mobil"] = "Rp 6.000", ["tarif-bus-truk"] = "12000" };
        Assert.Equal(403, (await _host.SendAsync("POST", "tarif", form: form)).StatusCode);

        Assert.Equal(ModuleResponseKind.Redirect, (await _host.SendAsync("POST", "tarif", admin: true, form: form)).Kind);
        var ticket = await _host.SendAsync("GET", (await _host.SendAsync("POST", "karcis", form: Ticket("Motor"))).RedirectPath!);
        Assert.Contains("Rp 3.000", ticket.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_are_encoded_in_the_page()
    {
        var issued = await _host.SendAsync("POST", "karcis", form: Ticket(location: "<script>alert(1)</script>"));
        var page = await _host.SendAsync("GET", issued.RedirectPath!);
        Assert.DoesNotContain("<script>", page.Body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_widget_shows_todays_total()
    {
        await _host.SendAsync("POST", "karcis", form: Ticket("Mobil"));
        var widget = Assert.Single(await _host.WidgetsAsync());
        Assert.Contains("1 karcis, Rp 5.000", widget.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_path_and_unknown_ticket_are_404() =>
        Assert.All(await Task.WhenAll(_host.SendAsync("GET", "entah"), _host.SendAsync("GET", "karcis/20260105-9999")), r => Assert.Equal(404, r.StatusCode));

    [Theory]
    [InlineData("2000", 2000L)]
    [InlineData("Rp 2.000", 2000L)]
    [InlineData(" 10.000.000 ", 10_000_000L)]
    public void Rupiah_is_read_as_people_write_it(string text, long expected)
    {
        Assert.True(Tariffs.TryParseRupiah(text, out var amount));
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("2,5")]
    [InlineData("10.000.001")]
    [InlineData("")]
    public void Anything_else_is_not_rupiah(string text) => Assert.False(Tariffs.TryParseRupiah(text, out _));

    [Fact]
    public void Module_runs_with_Newtonsoft_13() =>
        Assert.StartsWith("13.", (string)JObject.Parse(ParkingModule.About())["newtonsoft"]!, StringComparison.Ordinal);
}
