using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Support.AdoptionFlows;

namespace Marketplace.IntegrationTests.Adoptions;

/// <summary>The work plan through the pages: editing it, its printout and its calendar export.</summary>
public abstract partial class AdoptionPlanContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_adopter_edits_removes_and_adds_steps_and_the_progress_follows()
    {
        var (id, adopter, ownerAdmin) = await ApprovedAsync(Host);
        var before = await LoadAsync(Host, id);
        var form = PlanForm(before);
        var first = before.Milestones.OrderBy(m => m.Order).First();
        var removed = before.Milestones.OrderBy(m => m.Order).Last();
        Set(form, Row(before, first.Id) + "State", "Selesai");
        Set(form, Row(before, first.Id) + "Responsible", "Bidang Aptika; Diskominfo, Singkawang");
        Set(form, Row(before, removed.Id) + "Remove", "true");
        var blank = before.Milestones.Count + 1;
        Set(form, $"Input.Milestones[{blank}].Title", "Sosialisasi ke OPD");
        Set(form, $"Input.Milestones[{blank}].Area", "Sdm");
        Set(form, $"Input.Milestones[{blank}].Responsible", "Sekretariat Daerah");
        Set(form, $"Input.Milestones[{blank}].DueDate", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20).ToString("yyyy-MM-dd"));
        Set(form, "Input.Support.Maintainer", "Bersama");
        Set(form, "Input.Support.ContactEmail", "aptika@singkawangkota.go.id");

        using var saved = await Submit(adopter, id, form);

        Assert.Equal($"/adopsi/{id}", saved.Headers.Location?.OriginalString);
        var after = await LoadAsync(Host, id);
        Assert.Equal(before.Milestones.Count, after.Milestones.Count);
        Assert.DoesNotContain(after.Milestones, m => m.Id == removed.Id);
        Assert.Contains(after.Milestones, m => m is { Title: "Sosialisasi ke OPD", Area: PlanArea.Sdm });
        Assert.Equal(MilestoneState.Selesai, after.Milestones.Single(m => m.Id == first.Id).State);
        Assert.Equal(SupportParty.Bersama, after.Support.Maintainer);
        var page = Text(await Html.GetPageAsync(ownerAdmin, $"/adopsi/{id}"));
        Assert.Contains("1 dari 9 langkah selesai (11%)", page, StringComparison.Ordinal);
        Assert.Contains("Bersama (pembagian tertulis di cakupan)", page, StringComparison.Ordinal);
        Assert.Contains("aptika@singkawangkota.go.id", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/rencana\"", await Html.GetPageAsync(ownerAdmin, $"/adopsi/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_due_before_the_request_is_refused_next_to_its_field_and_nothing_is_saved()
    {
        var (id, adopter, _) = await ApprovedAsync(Host);
        var before = await LoadAsync(Host, id);
        var form = PlanForm(before);
        var early = before.Milestones.OrderBy(m => m.Order).First();
        var renamed = before.Milestones.OrderBy(m => m.Order).Skip(1).First();
        Set(form, Row(before, early.Id) + "DueDate", DateOnly.FromDateTime(before.RequestedAt.UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd"));
        Set(form, Row(before, renamed.Id) + "Title", "Judul yang tidak boleh tersimpan");
        Set(form, "Input.Support.ContactEmail", "bukan-email");
        Set(form, "Input.Support.ContactPhone", "0812-abc");

        using var refused = await Submit(adopter, id, form);

        var html = await refused.Content.ReadAsStringAsync();
        var errors = AccountFlows.Errors(html);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(errors, e => e.StartsWith("Tenggat tidak boleh sebelum tanggal permintaan (", StringComparison.Ordinal));
        Assert.Contains("Alamat email tidak valid.", errors);
        Assert.Contains(errors, e => e.StartsWith("Nomor telepon hanya boleh berisi angka", StringComparison.Ordinal));
        var dueInput = Regex.Match(html, $"""<input[^>]*id="Input_Milestones_{Ordered(before).FindIndex(m => m.Id == early.Id)}__DueDate"[^>]*>""").Value;
        Assert.Contains("aria-invalid=\"true\"", dueInput, StringComparison.Ordinal);
        Assert.Contains("value=\"Judul yang tidak boleh tersimpan\"", html, StringComparison.Ordinal);
        var after = await LoadAsync(Host, id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(renamed.Title, after.Milestones.Single(m => m.Id == renamed.Id).Title);
        Assert.Equal(early.DueDate, after.Milestones.Single(m => m.Id == early.Id).DueDate);
    }

    [Fact]
    public async Task Only_the_adopting_region_edits_the_plan_and_only_while_it_is_open()
    {
        var (id, adopter, ownerAdmin) = await ApprovedAsync(Host);

        using var owner = await ownerAdmin.GetAsync($"/adopsi/{id}/rencana");
        Assert.Equal("/akun/ditolak", owner.Headers.Location?.AbsolutePath);
        using var stopped = await MoveAsync(adopter, id, AdoptionState.Dihentikan, "Anggaran dipotong.");
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);

        using var closed = await adopter.GetAsync($"/adopsi/{id}/rencana");

        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        var text = Text(await closed.Content.ReadAsStringAsync());
        Assert.Contains("Status sekarang: Dihentikan.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Simpan rencana", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_steps_are_marked_in_words_on_the_page_and_the_printout()
    {
        var (id, adopter, _) = await ApprovedAsync(Host);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // Time passes: the request is a month old and one step's date has gone by.
        var late = await Host.QueryAsync(async db =>
        {
            await db.Adoptions.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.RequestedAt, DateTimeOffset.UtcNow.AddDays(-30)));
            var step = await db.Milestones.Where(m => m.AdoptionId == id).OrderBy(m => m.Order).FirstAsync();
            step.DueDate = today.AddDays(-1);
            await db.SaveChangesAsync();
            return step;
        });

        var page = await Html.GetPageAsync(adopter, $"/adopsi/{id}");
        var print = Text(await Html.GetPageAsync(adopter, $"/adopsi/{id}/cetak"));

        Assert.Contains("Langkah yang melewati tenggat: 1", Text(page), StringComparison.Ordinal);
        var row = Regex.Match(page, """<tr class="overdue">.*?</tr>""", RegexOptions.Singleline).Value;
        Assert.Contains(late.Title, row, StringComparison.Ordinal);
        Assert.Contains("Terlambat", Text(row), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(page, "<tr class=\"overdue\">"));
        Assert.Contains("Langkah yang melewati tenggat: 1", print, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printout_is_a_clean_page_of_the_plan()
    {
        var (id, _, ownerAdmin) = await ApprovedAsync(Host);

        var html = await Html.GetPageAsync(ownerAdmin, $"/adopsi/{id}/cetak");

        var text = Text(html);
        Assert.Contains("Rencana kerja adopsi", text, StringComparison.Ordinal);
        Assert.Contains("Usulkan biaya operasional dalam RKA-SKPD TA", text, StringComparison.Ordinal);
        Assert.Contains("0 dari 9 langkah selesai (0%)", text, StringComparison.Ordinal);
        Assert.Contains("Nama, jabatan dan tanda tangan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("site-nav", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        Assert.Equal("id", Html.Lang(html));
        Assert.Single(Html.Stylesheets(html));
    }

    [Fact]
    public async Task The_calendar_has_one_all_day_event_per_step_in_valid_iCalendar()
    {
        var (id, adopter, ownerAdmin) = await ApprovedAsync(Host);
        var adoption = await LoadAsync(Host, id);

        using var response = await ownerAdmin.GetAsync($"/adopsi/{id}/rencana.ics");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        using var again = await adopter.GetAsync($"/adopsi/{id}/rencana.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"rencana-adopsi-{id}.ics", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("[^\r]\n", text);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Equal(adoption.Milestones.Count, Regex.Count(unfolded, "\r\nBEGIN:VEVENT\r\n"));
        foreach (var milestone in adoption.Milestones)
        {
            Assert.Contains($"UID:adopsi-{id}-langkah-{milestone.Id}@forum-kominfo\r\n", unfolded, StringComparison.Ordinal);
            Assert.Contains($"DTSTART;VALUE=DATE:{milestone.DueDate:yyyyMMdd}\r\n", unfolded, StringComparison.Ordinal);
        }

        Assert.Matches(@"DTSTAMP:\d{8}T\d{6}Z\r\n", unfolded);
        Assert.Contains("SUMMARY:Sepakati perjanjian dukungan\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("CATEGORIES:Anggaran (siklus RKA/DPA)\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains(@"\nPenanggung jawab: Diskominfo Kota Singkawang\n", unfolded, StringComparison.Ordinal);
        Assert.Contains(@"Kota Semarang dan Kota Singkawang menyepakati siapa memelihara aplikasi\, sampai kapan\, dan kontak", unfolded, StringComparison.Ordinal);
        var uids = Regex.Matches(unfolded, "^UID:.*$", RegexOptions.Multiline).Select(m => m.Value);
        var uidsAgain = Regex.Matches((await again.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal), "^UID:.*$", RegexOptions.Multiline).Select(m => m.Value);
        Assert.Equal(uids, uidsAgain);
    }

    // The editor's form as the page sends it: every existing step, then the empty rows.
    private static List<(string Name, string Value)> PlanForm(Adoption adoption)
    {
        var form = new List<(string, string)> { ("Input.Version", adoption.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        var rows = Ordered(adoption);
        for (var i = 0; i < rows.Count + EditPlanModel.BlankRows; i++)
        {
            var m = i < rows.Count ? rows[i] : null;
            var p = $"Input.Milestones[{i}].";
            form.AddRange([
                (p + "Id", m?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0"), (p + "Area", (m?.Area ?? PlanArea.Dukungan).ToString()),
                (p + "Title", m?.Title ?? ""), (p + "Detail", m?.Detail ?? ""), (p + "Responsible", m?.Responsible ?? ""),
                (p + "DueDate", m?.DueDate.ToString("yyyy-MM-dd") ?? ""), (p + "State", (m?.State ?? MilestoneState.Belum).ToString()),
                (p + "Remove", "false"),
            ]);
        }

        form.AddRange([("Input.Support.Maintainer", "Pengadopsi"), ("Input.Support.Until", ""), ("Input.Support.ContactName", ""),
            ("Input.Support.ContactEmail", ""), ("Input.Support.ContactPhone", ""), ("Input.Support.Scope", "")]);
        return form;
    }

    private static List<Milestone> Ordered(Adoption adoption) =>
        adoption.Milestones.OrderBy(m => m.Area).ThenBy(m => m.DueDate).ThenBy(m => m.Order).ToList();

    private static string Row(Adoption adoption, int milestoneId) =>
        $"Input.Milestones[{Ordered(adoption).FindIndex(m => m.Id == milestoneId)}].";

    private static void Set(List<(string Name, string Value)> form, string name, string value)
    {
        var index = form.FindIndex(f => f.Name == name);
        if (index >= 0 && !name.EndsWith(".Remove", StringComparison.Ordinal))
        {
            form[index] = (name, value);
        }
        else
        {
            // A ticked checkbox sends "true" before the hidden "false", as a browser does.
            form.Insert(index >= 0 ? index : form.Count, (name, value));
        }
    }

    private static async Task<HttpResponseMessage> Submit(HttpClient client, int id, List<(string Name, string Value)> form)
    {
        var token = await Forms.GetAntiforgeryAsync(client, $"/adopsi/{id}/rencana");
        return await Forms.PostAsync(client, $"/adopsi/{id}/rencana", [.. form, ("__RequestVerificationToken", token)]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AdoptionPlanOnSqlite(SqliteHostFixture fixture) : AdoptionPlanContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class AdoptionPlanOnPostgres(PostgresHostFixture fixture) : AdoptionPlanContract(fixture);
