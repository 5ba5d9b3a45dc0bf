using System.Net;
using System.Text.RegularExpressions;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using static Marketplace.IntegrationTests.Support.AdoptionFlows;

namespace Marketplace.IntegrationTests.Adoptions;

/// <summary>Asking to adopt through the pages: the panel on the application page, the form, and each refused request.</summary>
public abstract class AdoptionRequestContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_member_of_another_region_asks_and_both_regions_see_the_request()
    {
        var slug = await PublishedAppAsync(Host);
        var member = await SignedInAsync(Host, Roles.Anggota, Adopter);
        var ownerAdmin = await SignedInAsync(Host, Roles.AdminWilayah, Owner);
        Assert.Contains($"href=\"/katalog/{slug}/adopsi\"", await Html.GetPageAsync(member, $"/katalog/{slug}"), StringComparison.Ordinal);

        var id = await RequestedAsync(member, slug);

        var page = Text(await Html.GetPageAsync(member, $"/adopsi/{id}"));
        Assert.Contains("Status: Diajukan", page, StringComparison.Ordinal);
        Assert.Contains("Mengganti pencatatan parkir manual.", page, StringComparison.Ordinal);
        Assert.Contains("1.200", page, StringComparison.Ordinal);
        Assert.Contains("Permintaan dibuat", page, StringComparison.Ordinal);
        var appPage = Text(await Html.GetPageAsync(member, $"/katalog/{slug}"));
        Assert.Contains("Permintaan wilayah Anda: Diajukan", appPage, StringComparison.Ordinal);
        Assert.Contains(
            "Permintaan adopsi yang menunggu keputusan wilayah Anda: 1",
            Text(await Html.GetPageAsync(ownerAdmin, $"/katalog/{slug}")), StringComparison.Ordinal);
        var incoming = await Html.GetPageAsync(ownerAdmin, "/adopsi?status=Diajukan");
        // Other tests of the collection add requests to the same owner region: look at this one's row.
        Assert.Contains("Permintaan masuk yang menunggu keputusan Anda: ", Text(incoming), StringComparison.Ordinal);
        var row = Regex.Match(incoming, $"""<tr class="pending">\s*<th scope="row"><a href="/adopsi/{id}">.*?</tr>""", RegexOptions.Singleline);
        Assert.True(row.Success, "The pending request is not marked for the owner's admin.");
        Assert.Contains("Kota Singkawang", Text(row.Value), StringComparison.Ordinal);
        Assert.Contains("Perlu keputusan", Text(row.Value), StringComparison.Ordinal);
        var outgoing = Text(await Html.GetPageAsync(member, "/adopsi"));
        Assert.Contains("Kami mengadopsi", outgoing, StringComparison.Ordinal);
        Assert.Contains("Kota Semarang", outgoing, StringComparison.Ordinal);
        Assert.DoesNotContain("Perlu keputusan", outgoing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_is_offered_sign_in_and_the_form_requires_it()
    {
        var slug = await PublishedAppAsync(Host);
        using var anonymous = Host.CreateClient();

        var page = await Html.GetPageAsync(anonymous, $"/katalog/{slug}");
        using var form = await anonymous.GetAsync($"/katalog/{slug}/adopsi");
        using var list = await anonymous.GetAsync("/adopsi");

        Assert.Contains($"/akun/masuk?ReturnUrl=%2Fkatalog%2F{slug}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/adopsi\"", page, StringComparison.Ordinal);
        Assert.Equal("/akun/masuk", form.Headers.Location?.AbsolutePath);
        Assert.Equal("/akun/masuk", list.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task The_owner_region_cannot_adopt_its_own_application()
    {
        var slug = await PublishedAppAsync(Host);
        var owner = await SignedInAsync(Host, Roles.Anggota, Owner);

        var form = Text(await Html.GetPageAsync(owner, $"/katalog/{slug}/adopsi"));
        using var posted = await Forms.PostAsync(owner, $"/katalog/{slug}/adopsi",
            ("Input.Reason", "Coba"), ("Input.ExpectedUsers", "10"), ("__RequestVerificationToken", await Forms.GetAntiforgeryAsync(owner, "/")));

        Assert.Contains("milik wilayah Anda sendiri", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        Assert.Contains("milik wilayah Anda sendiri", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(Host, slug, Owner));
        Assert.DoesNotContain($"/katalog/{slug}/adopsi", await Html.GetPageAsync(owner, $"/katalog/{slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_open_request_is_refused_with_a_link_to_the_first()
    {
        var slug = await PublishedAppAsync(Host);
        var first = await SignedInAsync(Host, Roles.Anggota, Adopter);
        var colleague = await SignedInAsync(Host, Roles.AdminWilayah, Adopter);
        var id = await RequestedAsync(first, slug);

        var form = await Html.GetPageAsync(colleague, $"/katalog/{slug}/adopsi");
        using var second = await Forms.PostAsync(colleague, $"/katalog/{slug}/adopsi",
            ("Input.Reason", "Sekali lagi"), ("Input.ExpectedUsers", "10"), ("__RequestVerificationToken", await Forms.GetAntiforgeryAsync(colleague, "/")));

        Assert.Contains($"nomor {id}", Text(form), StringComparison.Ordinal);
        Assert.Contains($"href=\"/adopsi/{id}\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Reason\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("permintaan kedua tidak dapat dibuat", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(Host, slug, Adopter));
    }

    [Fact]
    public async Task Bad_input_is_named_field_by_field_and_nothing_is_saved()
    {
        var slug = await PublishedAppAsync(Host);
        var member = await SignedInAsync(Host, Roles.Anggota, Adopter);

        using var oversized = await RequestAsync(member, slug, reason: new string('a', AdoptionRules.ReasonMax + 1), users: "0");
        using var empty = await RequestAsync(member, slug, reason: "  ", users: "banyak");
        using var control = await RequestAsync(member, slug, reason: "baris\u0007bel", users: "10000001");

        var oversizedErrors = AccountFlows.Errors(await oversized.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, oversized.StatusCode);
        Assert.Contains("Paling banyak 2.000 karakter.", oversizedErrors);
        Assert.Contains("Isi angka antara 1 dan 10.000.000.", oversizedErrors);
        var emptyErrors = AccountFlows.Errors(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Alasan wajib diisi.", emptyErrors);
        Assert.Equal(2, emptyErrors.Count);
        var controlErrors = AccountFlows.Errors(await control.Content.ReadAsStringAsync());
        Assert.Contains("Teks berisi karakter kontrol yang tidak diizinkan.", controlErrors);
        Assert.Contains("Isi angka antara 1 dan 10.000.000.", controlErrors);
        Assert.Equal(0, await CountAsync(Host, slug, Adopter));
    }

    [Fact]
    public async Task Unknown_and_unseen_applications_are_404()
    {
        var draft = await PublishedAppAsync(Host, publish: false);
        var member = await SignedInAsync(Host, Roles.AdminWilayah, Adopter);

        using var unknown = await member.GetAsync("/katalog/tidak-ada-aplikasi-ini/adopsi");
        using var hidden = await member.GetAsync($"/katalog/{draft}/adopsi");
        using var posted = await Forms.PostAsync(member, $"/katalog/{draft}/adopsi",
            ("Input.Reason", "Coba"), ("Input.ExpectedUsers", "10"), ("__RequestVerificationToken", await Forms.GetAntiforgeryAsync(member, "/")));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(0, await CountAsync(Host, draft, Adopter));
    }

    [Fact]
    public async Task The_state_filter_shows_only_that_state_and_names_an_unknown_one()
    {
        var slug = await PublishedAppAsync(Host);
        var member = await SignedInAsync(Host, Roles.Anggota, Adopter);
        var id = await RequestedAsync(member, slug);

        var requested = await Html.GetPageAsync(member, "/adopsi?status=Diajukan");
        var running = await Html.GetPageAsync(member, "/adopsi?status=Berjalan");
        var unknown = Text(await Html.GetPageAsync(member, "/adopsi?status=Selesai"));

        Assert.Contains($"href=\"/adopsi/{id}\"", requested, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Diajukan\" selected=\"selected\">", requested, StringComparison.Ordinal);
        // Other tests on the shared host may leave running adoptions of this region, so only this request's absence is checked.
        Assert.Contains("<option value=\"Berjalan\" selected=\"selected\">", running, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/adopsi/{id}\"", running, StringComparison.Ordinal);
        Assert.Contains("Status \"Selesai\" tidak dikenal", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_users_find_the_adoptions_page_in_the_site_navigation()
    {
        var member = await SignedInAsync(Host, Roles.Anggota, Adopter);

        var page = await Html.GetPageAsync(member, "/adopsi");

        Assert.Contains("<a href=\"/adopsi\" aria-current=\"page\">Adopsi</a>", page, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AdoptionRequestOnSqlite(SqliteHostFixture fixture) : AdoptionRequestContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class AdoptionRequestOnPostgres(PostgresHostFixture fixture) : AdoptionRequestContract(fixture);
