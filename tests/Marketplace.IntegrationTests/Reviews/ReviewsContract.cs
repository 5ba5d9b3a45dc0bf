using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Reviews;

/// <summary>Verified reviews through the real pages: only a running adoption writes, the owner answers, and markup stays harmless.</summary>
public abstract partial class ReviewsContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_region_without_a_running_adoption_is_refused_with_a_reason()
    {
        var (slug, ownerAdmin) = await PublishAsync();
        var (stranger, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "52.71");
        var (planner, plannerUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "53.71");
        await AdoptionArrangements.AdoptAsync(Host, slug, plannerUser, ownerAdmin, until: AdoptionState.Perencanaan);

        var strangerPage = await Html.GetPageAsync(stranger, Write(slug), HttpStatusCode.Forbidden);
        var plannerPage = await Html.GetPageAsync(planner, Write(slug), HttpStatusCode.Forbidden);
        var token = await Forms.GetAntiforgeryAsync(planner, "/");
        using var post = await Forms.PostAsync(planner, Write(slug), ("Input.Rating", "5"), ("Input.Body", "Bagus"), ("__RequestVerificationToken", token));

        Assert.Contains("Hanya wilayah yang sudah menjalankan aplikasi ini", strangerPage, StringComparison.Ordinal);
        Assert.Contains("Adopsi wilayah Anda berstatus perencanaan.", plannerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Body\"", plannerPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await ReviewCountAsync(slug));
        using var anonymous = await Host.CreateClient().GetAsync(Write(slug));
        Assert.Equal("/akun/masuk", anonymous.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData("0", "Isi yang cukup.", "Nilai harus antara 1 dan 5.")]
    [InlineData("6", "Isi yang cukup.", "Nilai harus antara 1 dan 5.")]
    [InlineData("", "Isi yang cukup.", "Pilih nilai dari 1 sampai 5.")]
    [InlineData("4", "   ", "Tulis ulasan Anda.")]
    [InlineData("4", null, "Paling banyak 4000 karakter (sekarang 4001).")]
    [InlineData("4", "a\u0007b", "Teks berisi karakter kendali yang tidak diizinkan.")]
    public async Task A_bad_review_is_refused_and_nothing_is_saved(string rating, string? body, string message)
    {
        var (slug, ownerAdmin) = await PublishAsync();
        var (adopter, adopterUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");
        await AdoptionArrangements.AdoptAsync(Host, slug, adopterUser, ownerAdmin);

        using var response = await AccountFlows.SubmitPageAsync(adopter, Write(slug), ("Input.Rating", rating), ("Input.Body", body ?? new string('x', ReviewRules.BodyMax + 1)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, AccountFlows.Errors(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await ReviewCountAsync(slug));
    }

    [Fact]
    public async Task A_running_region_reviews_then_edits_its_one_review_and_the_page_shows_region_and_months()
    {
        var (slug, ownerAdmin) = await PublishAsync();
        var (adopter, adopterUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");
        var adoption = await AdoptionArrangements.AdoptAsync(Host, slug, adopterUser, ownerAdmin);
        await AdoptionArrangements.BackdateAsync(Host, adoption, DateTimeOffset.UtcNow.AddMonths(-3).AddDays(-2));

        using var first = await AccountFlows.SubmitPageAsync(adopter, Write(slug), ("Input.Rating", "3"), ("Input.Body", "Cukup **stabil**."));
        Assert.Equal($"/katalog/{slug}#ulasan", first.Headers.Location?.OriginalString);
        var editForm = await Html.GetPageAsync(adopter, Write(slug));
        Assert.Contains("Cukup **stabil**.", editForm, StringComparison.Ordinal);
        Assert.Matches("id=\"rating-3\" value=\"3\" checked", editForm);

        // A second member of the same region edits the region's review rather than adding one.
        var (colleague, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");
        using var second = await AccountFlows.SubmitPageAsync(colleague, Write(slug), ("Input.Rating", "5"), ("Input.Body", "Sekarang **sangat** stabil."));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var reviews = await Host.QueryAsync(db => db.Reviews.AsNoTracking().Where(r => r.AdoptionId == adoption).ToListAsync());
        var review = Assert.Single(reviews);
        Assert.Equal(5, review.Rating);
        Assert.Equal("82.71", review.RegionCode);
        Assert.NotNull(review.UpdatedAt);

        var page = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}");
        Assert.Contains("5 dari 5 (1 ulasan)", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wilayah/82.71\">Kota Ternate</a>", page, StringComparison.Ordinal);
        Assert.Matches(@"Menggunakan sejak \d{1,2} \w+ \d{4} \(3 bulan\)", page);
        Assert.Contains("<strong>sangat</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Cukup", Section(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_average_of_two_regions_is_said_in_words_and_the_API_lists_both()
    {
        var (slug, ownerAdmin) = await PublishAsync();
        foreach (var (region, rating) in new[] { ("91.71", "4"), ("51.71", "5") })
        {
            var (client, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, region);
            await AdoptionArrangements.AdoptAsync(Host, slug, user, ownerAdmin);
            using var saved = await AccountFlows.SubmitPageAsync(client, Write(slug), ("Input.Rating", rating), ("Input.Body", $"Ulasan dari {region}."));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var page = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}");
        Assert.Contains("4,5 dari 5 (2 ulasan)", page, StringComparison.Ordinal);
        Assert.Contains("aria-hidden=\"true\">★★★★☆</span> 4 dari 5", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("4.5 of 5 (2 review(s))", await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}", acceptLanguage: "en"), StringComparison.Ordinal);

        using var api = await Host.CreateClient().GetAsync($"/api/v1/apps/{slug}/reviews");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["51.71:5", "91.71:4"], items.Select(i => $"{i.GetProperty("region").GetProperty("code").GetString()}:{i.GetProperty("rating").GetInt32()}").Order());
        Assert.Equal("Kota Jayapura", items.Single(i => i.GetProperty("rating").GetInt32() == 4).GetProperty("region").GetProperty("name").GetString());
        Assert.All(items, i => Assert.NotEqual(JsonValueKind.Null, i.GetProperty("runningSince").ValueKind));
    }

    [Fact]
    public async Task The_API_answers_404_problem_details_for_unknown_and_draft_applications()
    {
        var (owner, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "33.74");
        var draft = CatalogFlows.UniqueName("Draf");
        await CatalogFlows.PublishAsync(owner, draft, publish: false);

        foreach (var slug in new[] { "tidak-ada-aplikasi-ini", Slugs.From(draft) })
        {
            using var response = await Host.CreateClient().GetAsync($"/api/v1/apps/{slug}/reviews");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        using var own = await owner.GetAsync($"/api/v1/apps/{Slugs.From(draft)}/reviews");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("[]", await own.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Markup_in_a_review_is_rendered_harmless()
    {
        var (slug, ownerAdmin) = await PublishAsync();
        var (adopter, adopterUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "52.71");
        await AdoptionArrangements.AdoptAsync(Host, slug, adopterUser, ownerAdmin);
        const string attack = "<script>alert('x')</script>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)> "
            + "<a href=\"#\" onclick=\"alert(1)\">tautan</a> <svg onload=alert(1)></svg> [data](data:text/html;base64,PHNjcmlwdD4=)";

        using var saved = await AccountFlows.SubmitPageAsync(adopter, Write(slug), ("Input.Rating", "2"), ("Input.Body", attack));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var section = Section(await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"));
        Assert.Contains("2 dari 5", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", section, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", section, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text/html", section, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventHandlerAttribute(), section);
    }

    [Fact]
    public async Task Only_the_owner_regions_admin_or_publisher_answers()
    {
        var (slug, ownerAdmin) = await PublishAsync();
        var (adopter, adopterUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "53.71");
        await AdoptionArrangements.AdoptAsync(Host, slug, adopterUser, ownerAdmin);
        using var saved = await AccountFlows.SubmitPageAsync(adopter, Write(slug), ("Input.Rating", "4"), ("Input.Body", "Berjalan baik."));
        var id = await Host.QueryAsync(db => db.Reviews.Where(r => r.RegionCode == "53.71").OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        var reply = $"/katalog/{slug}/ulasan/{id}/tanggapan";

        var (ownerMember, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "33.74");
        var (strangerAdmin, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "16.71");
        foreach (var client in new[] { adopter, ownerMember, strangerAdmin })
        {
            using var page = await client.GetAsync(reply);
            var token = await Forms.GetAntiforgeryAsync(client, "/");
            using var post = await Forms.PostAsync(client, reply, ("Input.Reply", "Diambil alih"), ("__RequestVerificationToken", token));
            Assert.Equal("/akun/ditolak", page.Headers.Location?.AbsolutePath);
            Assert.Equal("/akun/ditolak", post.Headers.Location?.AbsolutePath);
        }

        Assert.Null(await Host.QueryAsync(db => db.Reviews.Where(r => r.Id == id).Select(r => r.Reply).SingleAsync()));
        var (publisher, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "33.74");
        using var empty = await AccountFlows.SubmitPageAsync(publisher, reply, ("Input.Reply", " "));
        Assert.Contains("Tulis tanggapan Anda.", AccountFlows.Errors(await empty.Content.ReadAsStringAsync()));
        using var answered = await AccountFlows.SubmitPageAsync(publisher, reply, ("Input.Reply", "Terima kasih, **Kupang**!"));
        Assert.Equal($"/katalog/{slug}#ulasan-{id}", answered.Headers.Location?.OriginalString);

        var page2 = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}");
        Assert.Contains("Tanggapan wilayah pemilik", page2, StringComparison.Ordinal);
        Assert.Contains("Terima kasih, <strong>Kupang</strong>!", page2, StringComparison.Ordinal);
        Assert.DoesNotContain("/tanggapan", page2, StringComparison.Ordinal);
        Assert.Contains(reply, await Html.GetPageAsync(publisher, $"/katalog/{slug}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await publisher.GetAsync($"/katalog/{slug}/ulasan/999999/tanggapan")).StatusCode);
    }

    [Fact]
    public async Task A_review_stays_when_the_adoption_stops_but_cannot_be_edited_any_more()
    {
        var (slug, ownerAdmin) = await PublishAsync();
        var (adopter, adopterUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "51.71");
        var adoption = await AdoptionArrangements.AdoptAsync(Host, slug, adopterUser, ownerAdmin);
        using var saved = await AccountFlows.SubmitPageAsync(adopter, Write(slug), ("Input.Rating", "1"), ("Input.Body", "Kami beralih ke sistem lain."));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await AdoptionArrangements.MoveAsync(Host, adoption, AdoptionState.Dihentikan, await AdoptionArrangements.PrincipalAsync(Host, adopterUser), "Beralih sistem");

        var page = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}");
        Assert.Contains("Kami beralih ke sistem lain.", page, StringComparison.Ordinal);
        Assert.Matches(@"Menggunakan dari \d{1,2} \w+ \d{4} sampai \d{1,2} \w+ \d{4} \(0 bulan\)", page);
        await Html.GetPageAsync(adopter, Write(slug), HttpStatusCode.Forbidden);
    }

    private static string Write(string slug) => $"/katalog/{slug}/ulasan";

    /// <summary>The reviews section of an application page.</summary>
    private static string Section(string page)
    {
        var start = page.IndexOf("<section class=\"reviews\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no reviews section.");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private async Task<(string Slug, ApplicationUser OwnerAdmin)> PublishAsync()
    {
        var (owner, ownerAdmin) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "33.74");
        var name = CatalogFlows.UniqueName("Parkir");
        using var published = await CatalogFlows.PublishAsync(owner, name);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return (Slugs.From(name), ownerAdmin);
    }

    private Task<int> ReviewCountAsync(string slug) =>
        Host.QueryAsync(db => db.Reviews.CountAsync(r => db.Apps.Any(a => a.Id == r.AppId && a.Slug == slug)));

    [GeneratedRegex(@"<[^>]+\son\w+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}

[Collection(SqliteCollection.Name)]
public sealed class ReviewsOnSqlite(SqliteHostFixture fixture) : ReviewsContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ReviewsOnPostgres(PostgresHostFixture fixture) : ReviewsContract(fixture);
