using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Marketplace.Plugins.Parking;

/// <summary>The module's HTML fragments: plain forms that work without JavaScript, every value encoded.</summary>
internal static class ParkingPages
{
    public static string FieldName(string vehicleType) => vehicleType.ToLowerInvariant().Replace('/', '-');

    public static string Home(Marketplace.Abstractions.ModuleRequest request, Tariffs tariffs, DailyRecap today, IReadOnlyList<string>? errors = null)
    {
        var html = new StringBuilder();
        html.Append("<p>Wilayah: ").Append(HtmlEncode(request.RegionName)).Append("</p>");
        html.Append("<h2>Terbitkan karcis</h2>").Append(Errors(errors));
        html.Append($"<form method=\"post\" action=\"{request.BasePath}/karcis\" class=\"stack\">").Append(request.AntiforgeryField);
        html.Append("<fieldset><legend>Jenis kendaraan</legend>");
        foreach (var type in Tariffs.VehicleTypes)
        {
            var id = "jenis-" + FieldName(type);
            html.Append($"<div><input type=\"radio\" name=\"jenis\" id=\"{id}\" value=\"{HtmlEncode(type)}\"{(type == "Motor" ? " checked" : "")}> <label for=\"{id}\">{HtmlEncode(type)} ({Tariffs.Rupiah(tariffs.For(type))})</label></div>");
        }

        html.Append("</fieldset>");
        html.Append("<div><label for=\"nopol\">Nomor polisi</label> <input id=\"nopol\" name=\"nopol\" required maxlength=\"12\" autocomplete=\"off\"></div>");
        html.Append("<div><label for=\"lokasi\">Titik parkir</label> <input id=\"lokasi\" name=\"lokasi\" required maxlength=\"100\"></div>");
        html.Append("<div><button type=\"submit\">Terbitkan karcis</button></div></form>");
        html.Append("<h2>Hari ini</h2>").Append(RecapSummary(today));
        html.Append($"<p><a href=\"{request.BasePath}/rekap\">Rekap harian</a> · <a href=\"{request.BasePath}/tarif\">Tarif</a></p>");
        return html.ToString();
    }

    public static string Ticket(Marketplace.Abstractions.ModuleRequest request, Ticket ticket) =>
        $"""
        <dl>
          <dt>Nomor karcis</dt><dd>{HtmlEncode(ticket.Number)}</dd>
          <dt>Jenis kendaraan</dt><dd>{HtmlEncode(ticket.VehicleType)}</dd>
          <dt>Nomor polisi</dt><dd>{HtmlEncode(ticket.Plate)}</dd>
          <dt>Titik parkir</dt><dd>{HtmlEncode(ticket.Location)}</dd>
          <dt>Retribusi</dt><dd>{Tariffs.Rupiah(ticket.Amount)}</dd>
          <dt>Waktu</dt><dd>{ticket.IssuedAt.ToString("d MMMM yyyy HH.mm", CultureInfo.GetCultureInfo("id-ID"))}</dd>
          <dt>Petugas</dt><dd>{HtmlEncode(ticket.IssuedBy)}</dd>
        </dl>
        <p><a href="{request.BasePath}/">Terbitkan karcis lain</a></p>
        """;

    public static string TariffForm(Marketplace.Abstractions.ModuleRequest request, Tariffs tariffs, IReadOnlyList<string>? errors)
    {
        var html = new StringBuilder("<table><caption>Tarif berlaku</caption><thead><tr><th scope=\"col\">Jenis kendaraan</th><th scope=\"col\">Tarif</th></tr></thead><tbody>");
        foreach (var type in Tariffs.VehicleTypes)
        {
            html.Append($"<tr><th scope=\"row\">{HtmlEncode(type)}</th><td>{Tariffs.Rupiah(tariffs.For(type))}</td></tr>");
        }

        html.Append("</tbody></table>");
        if (request.IsRegionAdmin)
        {
            html.Append("<h2>Ubah tarif</h2>").Append(Errors(errors));
            html.Append($"<form method=\"post\" action=\"{request.BasePath}/tarif\" class=\"stack\">").Append(request.AntiforgeryField);
            foreach (var type in Tariffs.VehicleTypes)
            {
                var id = "tarif-" + FieldName(type);
                html.Append($"<div><label for=\"{id}\">Tarif {HtmlEncode(type)} (rupiah)</label> <input id=\"{id}\" name=\"{id}\" inputmode=\"numeric\" value=\"{tariffs.For(type)}\"></div>");
            }

            html.Append("<div><button type=\"submit\">Simpan tarif</button></div></form>");
        }

        return html.Append($"<p><a href=\"{request.BasePath}/\">Kembali</a></p>").ToString();
    }

    public static string Recap(Marketplace.Abstractions.ModuleRequest request, DailyRecap recap)
    {
        var html = new StringBuilder($"<form method=\"get\" action=\"{request.BasePath}/rekap\"><label for=\"tanggal\">Tanggal</label> <input type=\"date\" id=\"tanggal\" name=\"tanggal\" value=\"{recap.Date:yyyy-MM-dd}\"> <button type=\"submit\">Tampilkan</button></form>");
        html.Append("<table><caption>Rekap per jenis kendaraan</caption><thead><tr><th scope=\"col\">Jenis kendaraan</th><th scope=\"col\">Karcis</th><th scope=\"col\">Retribusi</th></tr></thead><tbody>");
        foreach (var line in recap.Lines)
        {
            html.Append($"<tr><th scope=\"row\">{HtmlEncode(line.VehicleType)}</th><td>{line.Count}</td><td>{Tariffs.Rupiah(line.Amount)}</td></tr>");
        }

        html.Append($"</tbody><tfoot><tr><th scope=\"row\">Jumlah</th><td>{recap.Count}</td><td>{Tariffs.Rupiah(recap.Amount)}</td></tr></tfoot></table>");
        return html.Append($"<p><a href=\"{request.BasePath}/rekap.json?tanggal={recap.Date:yyyy-MM-dd}\">Unduh JSON</a> · <a href=\"{request.BasePath}/\">Kembali</a></p>").ToString();
    }

    public static string RecapSummary(DailyRecap recap) =>
        $"<p>{recap.Count} karcis, {Tariffs.Rupiah(recap.Amount)}</p>";

    private static string Errors(IReadOnlyList<string>? errors) =>
        errors is null or { Count: 0 } ? "" : "<div role=\"alert\" class=\"validation-summary-errors\"><ul>" + string.Concat(errors.Select(e => $"<li>{HtmlEncode(e)}</li>")) + "</ul></div>";
}
