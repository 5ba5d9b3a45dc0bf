using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.BestPractices;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.BestPractices;

/// <summary>A Kurator marks applications through /katalog/{slug}/kurasi; the badge, criteria and next review show on the page and the API.</summary>
public abstract class CurationContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    private static readonly string[] Required = CurationCriteria.RequiredForPraktikBaik.Select(c => c.ToString()).ToArray();

    [Fact]
    public async Task A_Kurator_marks_praktik_baik_and_the_page_catalog_and_API_show_it()
    {
        var slug = await BestPracticeFlows.PublishAppAsync(Host);
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);
        var next = BestPracticeFlows.Today.AddMonths(10);

        using var saved = await AccountFlows.SubmitPageAsync(kurator, Curate(slug), BestPracticeFlows.CurationForm("PraktikBaik", next, [.. Required, "Interoperability"]));
        Assert.Equal($"/katalog/{slug}#kurasi", saved.Headers.Location?.OriginalString);

        var page = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}");
        Assert.Contains("<span class=\"badge\">Praktik baik</span>", page, StringComparison.Ordinal);
        Assert.Contains("Kurasi: Praktik baik", page, StringComparison.Ordinal);
        Assert.Contains("Kajian keamanan telah dilakukan", page, StringComparison.Ordinal);
        Assert.Contains("Interoperabilitas (terhubung SPLP atau menyediakan API)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Menerapkan pelindungan data pribadi", page, StringComparison.Ordinal);
        Assert.Contains($"Kajian berikutnya: {next.ToString("d MMMM yyyy", Indonesian)}.", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/katalog/{slug}/kurasi", page, StringComparison.Ordinal);
        Assert.Contains($"/katalog/{slug}/kurasi", await Html.GetPageAsync(kurator, $"/katalog/{slug}"), StringComparison.Ordinal);
        Assert.Contains("Next review:", await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}", acceptLanguage: "en"), StringComparison.Ordinal);

        using var one = JsonDocument.Parse(await (await Host.CreateClient().GetAsync($"/api/v1/apps/{slug}")).Content.ReadAsStringAsync());
        Assert.Equal("praktik-baik", one.RootElement.GetProperty("curation").GetString());
        var review = one.RootElement.GetProperty("curationReview");
        Assert.Equal("praktik-baik", review.GetProperty("state").GetString());
        Assert.Equal(next.ToString("yyyy-MM-dd"), review.GetProperty("nextReviewOn").GetString());
        Assert.Equal(
            ["open-licence", "source-reachable", "documentation", "running-in-two-regions", "security-review", "interoperability"],
            review.GetProperty("criteria").EnumerateArray().Select(c => c.GetString()));

        // The catalog's list (its counts are cached) shows the new badge at once.
        using var list = JsonDocument.Parse(await (await Host.CreateClient().GetAsync($"/api/v1/apps?q={slug.Split('-')[^1]}")).Content.ReadAsStringAsync());
        Assert.Equal("praktik-baik", list.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == slug).GetProperty("curation").GetString());

        // Marked down to verified, then the mark removed: the record goes, the badge too.
        using var verified = await AccountFlows.SubmitPageAsync(kurator, Curate(slug), BestPracticeFlows.CurationForm("Verified", next, "OpenLicence"));
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Contains("<span class=\"badge\">Terverifikasi</span>", await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"), StringComparison.Ordinal);
        using var removed = await AccountFlows.SubmitPageAsync(kurator, Curate(slug), BestPracticeFlows.CurationForm("None", null));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(CurationState.None, await Host.QueryAsync(db => db.Apps.Where(a => a.Slug == slug).Select(a => a.Curation).SingleAsync()));
        Assert.False(await Host.QueryAsync(db => db.AppCurations.AnyAsync(c => db.Apps.Any(a => a.Id == c.AppId && a.Slug == slug))));
        Assert.DoesNotContain("id=\"kurasi\"", await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"), StringComparison.Ordinal);
        using var none = JsonDocument.Parse(await (await Host.CreateClient().GetAsync($"/api/v1/apps/{slug}")).Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, none.RootElement.GetProperty("curationReview").ValueKind);
    }

    public static TheoryData<string, int?, string[], string> BadCurations() => new()
    {
        { "Verified", 0, ["OpenLicence"], "Tanggal kajian berikutnya harus setelah hari ini." },
        { "Verified", -30, ["OpenLicence"], "Tanggal kajian berikutnya harus setelah hari ini." },
        { "PraktikBaik", 3 * 366 + 1, Required, "Tanggal kajian berikutnya paling lambat 3 tahun lagi." },
        { "Verified", null, ["OpenLicence"], "Tentukan tanggal kajian berikutnya." },
        { "Verified", 90, [], "Pilih sedikitnya satu kriteria yang dipenuhi." },
        { "PraktikBaik", 90, [], "Pilih sedikitnya satu kriteria yang dipenuhi." },
        { "PraktikBaik", 90, ["OpenLicence", "SourceReachable", "Documentation", "ActiveMaintenance"], "Praktik baik memerlukan semua kriteria wajib. Belum dipenuhi: Berjalan di sedikitnya 2 wilayah, Kajian keamanan telah dilakukan." },
        { "", 90, ["OpenLicence"], "Pilih status kurasi." },
    };

    [Theory]
    [MemberData(nameof(BadCurations))]
    public async Task A_bad_curation_is_refused_with_a_clear_message_and_nothing_changes(string state, int? days, string[] criteria, string message)
    {
        var slug = await BestPracticeFlows.PublishAppAsync(Host);
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);

        using var response = await AccountFlows.SubmitPageAsync(kurator, Curate(slug),
            BestPracticeFlows.CurationForm(state, days is { } d ? BestPracticeFlows.Today.AddDays(d) : null, criteria));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, AccountFlows.Errors(await response.Content.ReadAsStringAsync()));
        Assert.Equal(CurationState.None, await Host.QueryAsync(db => db.Apps.Where(a => a.Slug == slug).Select(a => a.Curation).SingleAsync()));
        Assert.False(await Host.QueryAsync(db => db.AppCurations.AnyAsync(c => db.Apps.Any(a => a.Id == c.AppId && a.Slug == slug))));
    }

    [Fact]
    public async Task Unknown_and_draft_applications_answer_404_to_a_Kurator()
    {
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);
        var (owner, _) = await Support.AdoptionArrangements.SignedInAsync(Host, Marketplace.Web.Features.Accounts.Roles.Penerbit, "33.74");
        var draft = CatalogFlows.UniqueName("Draf");
        using var saved = await CatalogFlows.PublishAsync(owner, draft, publish: false);

        Assert.Equal(HttpStatusCode.NotFound, (await kurator.GetAsync(Curate("tidak-ada-aplikasi-ini"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kurator.GetAsync(Curate(Slugs.From(draft)))).StatusCode);
    }

    [Fact]
    public async Task An_overdue_review_is_listed_for_the_Kurator_with_its_delay()
    {
        var slug = await BestPracticeFlows.PublishAppAsync(Host, "Terlambat");
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);
        using var saved = await AccountFlows.SubmitPageAsync(kurator, Curate(slug), BestPracticeFlows.CurationForm("Verified", BestPracticeFlows.Today.AddDays(30), "Documentation"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain(slug, await Html.GetPageAsync(kurator, "/praktik-baik/kurasi"), StringComparison.Ordinal);

        var due = BestPracticeFlows.Today.AddDays(-5);
        await Host.QueryAsync(db => db.AppCurations.Where(c => db.Apps.Any(a => a.Id == c.AppId && a.Slug == slug))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.NextReviewOn, due)));

        var list = await Html.GetPageAsync(kurator, "/praktik-baik/kurasi");
        Assert.Contains($"/katalog/{slug}/kurasi", list, StringComparison.Ordinal);
        Assert.Contains(due.ToString("d MMMM yyyy", Indonesian), list, StringComparison.Ordinal);
        Assert.Contains("<td>5 hari</td>", list, StringComparison.Ordinal);
        Assert.Contains($"Kajian ulang terlambat: seharusnya {due.ToString("d MMMM yyyy", Indonesian)}.", await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"), StringComparison.Ordinal);

        // Reviewed again: off the list.
        using var again = await AccountFlows.SubmitPageAsync(kurator, Curate(slug), BestPracticeFlows.CurationForm("Verified", BestPracticeFlows.Today.AddYears(1), "Documentation"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.DoesNotContain(slug, await Html.GetPageAsync(kurator, "/praktik-baik/kurasi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_changing_the_application_through_the_API_keeps_the_mark_and_sees_it()
    {
        var (_, publisher) = await Catalog.ApiCalls.PublisherAsync(Host, "16.71");
        var name = "Parkir " + Catalog.ApiCalls.UniqueWord();
        var slug = (await Catalog.ApiCalls.CreateAsync(publisher, Catalog.ApiCalls.NewApp(name))).GetProperty("slug").GetString()!;
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);
        using var saved = await AccountFlows.SubmitPageAsync(kurator, Curate(slug), BestPracticeFlows.CurationForm("Verified", BestPracticeFlows.Today.AddMonths(3), "OpenLicence", "SourceReachable"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var changed = Catalog.ApiCalls.NewApp(name);
        changed["summary"] = "Ringkasan baru.";
        using var updated = await publisher.PutAsJsonAsync($"/api/v1/apps/{slug}", changed);
        var app = await Catalog.ApiCalls.JsonAsync(updated);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("verified", app.GetProperty("curation").GetString());
        Assert.Equal(["open-licence", "source-reachable"], app.GetProperty("curationReview").GetProperty("criteria").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(CurationState.Verified, await Host.QueryAsync(db => db.Apps.Where(a => a.Slug == slug).Select(a => a.Curation).SingleAsync()));
    }

    private static string Curate(string slug) => $"/katalog/{slug}/kurasi";
}

[Collection(SqliteCollection.Name)]
public sealed class CurationOnSqlite(SqliteHostFixture fixture) : CurationContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class CurationOnPostgres(PostgresHostFixture fixture) : CurationContract(fixture);
