using System.Globalization;
using System.Text;
using Marketplace.Abstractions;
using static System.Net.WebUtility;

namespace Marketplace.Plugins.Complaints;

/// <summary>The module's HTML fragments: plain forms that work without JavaScript, every value encoded.</summary>
internal static class ComplaintPages
{
    private static readonly CultureInfo _indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Home(ModuleRequest request, int days, IReadOnlyList<Complaint>? open, IReadOnlyList<string>? errors)
    {
        var html = new StringBuilder($"<p>Pengaduan untuk {HtmlEncode(request.RegionName)} dijawab paling lambat {days} hari kerja.</p>");
        html.Append(Errors(errors));
        html.Append("<h2>Lacak pengaduan</h2>");
        html.Append($"<form method=\"get\" action=\"{request.BasePath}/lacak\"><label for=\"kode\">Kode pelacakan</label> <input id=\"kode\" name=\"kode\" placeholder=\"ADU-XXXXXX\" maxlength=\"10\"> <button type=\"submit\">Lacak</button></form>");
        html.Append("<h2>Kirim pengaduan</h2>");
        html.Append($"<form method=\"post\" action=\"{request.BasePath}/kirim\" class=\"stack\">").Append(request.AntiforgeryField);
        html.Append("<div><label for=\"kategori\">Kategori</label> <select id=\"kategori\" name=\"kategori\">");
        foreach (var category in Complaint.Categories)
        {
            html.Append($"<option>{HtmlEncode(category)}</option>");
        }

        html.Append("</select></div>");
        html.Append("<div><label for=\"judul\">Judul</label> <input id=\"judul\" name=\"judul\" required maxlength=\"120\"></div>");
        html.Append("<div><label for=\"isi\">Uraian</label> <textarea id=\"isi\" name=\"isi\" rows=\"6\" required maxlength=\"4000\"></textarea></div>");
        html.Append("<div><button type=\"submit\">Kirim pengaduan</button></div></form>");
        if (open is not null)
        {
            html.Append("<h2>Pengaduan terbuka</h2>");
            html.Append(open.Count == 0 ? "<p>Tidak ada pengaduan terbuka.</p>" : "<ul>" + string.Concat(open.Select(c =>
                $"<li><a href=\"{request.BasePath}/lacak/{c.Code}\">{c.Code}</a>: {HtmlEncode(c.Title)} ({HtmlEncode(c.Status)})</li>")) + "</ul>");
        }

        return html.ToString();
    }

    public static string Track(ModuleRequest request, Complaint complaint, IReadOnlyList<string>? errors)
    {
        var html = new StringBuilder($"""
            <dl>
              <dt>Kode pelacakan</dt><dd>{complaint.Code}</dd>
              <dt>Status</dt><dd>{HtmlEncode(complaint.Status)}</dd>
              <dt>Kategori</dt><dd>{HtmlEncode(complaint.Category)}</dd>
              <dt>Judul</dt><dd>{HtmlEncode(complaint.Title)}</dd>
              <dt>Dikirim</dt><dd>{complaint.SubmittedAt.ToOffset(TimeSpan.FromHours(7)).ToString("d MMMM yyyy HH.mm", _indonesian)} WIB</dd>
            </dl>
            <p>{HtmlEncode(complaint.Text)}</p>
            <h2>Jawaban</h2>
            """);
        html.Append(complaint.Answers.Count == 0 ? "<p>Belum ada jawaban.</p>" : "<ol>" + string.Concat(complaint.Answers.Select(a =>
            $"<li><p>{HtmlEncode(a.Text)}</p><p>{HtmlEncode(a.By)}, {a.At.ToOffset(TimeSpan.FromHours(7)).ToString("d MMMM yyyy HH.mm", _indonesian)} WIB</p></li>")) + "</ol>");
        if (request.IsRegionAdmin)
        {
            html.Append("<h2>Jawab</h2>").Append(Errors(errors));
            html.Append($"<form method=\"post\" action=\"{request.BasePath}/lacak/{complaint.Code}/jawab\" class=\"stack\">").Append(request.AntiforgeryField);
            html.Append("<div><label for=\"jawaban\">Jawaban</label> <textarea id=\"jawaban\" name=\"jawaban\" rows=\"4\" required maxlength=\"4000\"></textarea></div>");
            html.Append("<div><label for=\"status\">Status</label> <select id=\"status\" name=\"status\">");
            foreach (var status in ComplaintStatus.All)
            {
                html.Append($"<option{(status == complaint.Status ? " selected" : "")}>{status}</option>");
            }

            html.Append("</select></div><div><button type=\"submit\">Kirim jawaban</button></div></form>");
        }

        return html.Append($"<p><a href=\"{request.BasePath}/\">Kembali</a></p>").ToString();
    }

    private static string Errors(IReadOnlyList<string>? errors) =>
        errors is null or { Count: 0 } ? "" : "<div role=\"alert\" class=\"validation-summary-errors\"><ul>" + string.Concat(errors.Select(e => $"<li>{HtmlEncode(e)}</li>")) + "</ul></div>";
}
