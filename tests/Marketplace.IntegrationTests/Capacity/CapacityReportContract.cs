using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using static Marketplace.IntegrationTests.Support.CapacityFlows;

namespace Marketplace.IntegrationTests.Capacity;

/// <summary>The fit or gap report on an application's page, for the signed-in user's region, with the numbers it must say.</summary>
public abstract class CapacityReportContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private const string Heading = "Kecocokan dengan infrastruktur";

    [Fact]
    public async Task A_region_with_one_free_server_is_told_the_gap_in_both_languages()
    {
        const string region = "72.71";
        var (owner, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "33.74");
        var slug = await PublishSizedAsync(owner, cores: "4", ram: "8", storage: "100", usersPerServer: "1000");
        var (admin, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, region);
        // 16 cores with 12 in use leave room for exactly one 4-core instance; the second server is full.
        using var declared = await DeclareAsync(admin, region, "ServerSendiri", "",
            Row(0, "srv-1", "16", "64", "1000", "12", "8", "100"), Row(1, "srv-2", "8", "16", "500", "8", "16", "500"));
        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, region);

        var page = await Html.GetPageAsync(member, $"/katalog/{slug}?pengguna=1500");
        Assert.Contains($"{Heading} Kota Palu", page, StringComparison.Ordinal);
        Assert.Contains("Butuh 2 server (4 core, 8 GB RAM, 100 GB penyimpanan), tersedia 1.", page, StringComparison.Ordinal);
        Assert.Contains("Kurang 1 server.", page, StringComparison.Ordinal);
        Assert.Contains("Dihitung untuk 1.500 pengguna.", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Kurang:</strong>", page, StringComparison.Ordinal);

        var english = await Html.GetPageAsync(member, $"/katalog/{slug}?pengguna=1500", acceptLanguage: "en");
        Assert.Contains("Servers needed: 2 (4-core CPU, 8 GB RAM, 100 GB storage); available: 1.", english, StringComparison.Ordinal);
        Assert.Contains("1 server(s) short.", english, StringComparison.Ordinal);

        // Without a number, one server's worth of users: that fits.
        var fits = await Html.GetPageAsync(member, $"/katalog/{slug}");
        Assert.Contains("Butuh 1 server (4 core, 8 GB RAM, 100 GB penyimpanan), tersedia 1.", fits, StringComparison.Ordinal);
        Assert.Contains("<strong>Cukup:</strong>", fits, StringComparison.Ordinal);
        Assert.Contains("name=\"pengguna\"", fits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_of_users_that_is_not_one_is_ignored_with_a_reason()
    {
        var (owner, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "33.74");
        var slug = await PublishSizedAsync(owner, "2", "4", "50", "250");
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "73.71");

        foreach (var bad in new[] { "-5", "0", "banyak", "99999999999" })
        {
            var page = await Html.GetPageAsync(member, $"/katalog/{slug}?pengguna={Uri.EscapeDataString(bad)}");
            Assert.Contains($"&quot;{bad}&quot; bukan jumlah pengguna yang valid (1 sampai 10.000.000), jadi diabaikan.", page, StringComparison.Ordinal);
            Assert.Contains("Dihitung untuk 250 pengguna.", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_a_declaration_the_admin_gets_a_link_to_declare_and_a_member_is_told_whom_to_ask()
    {
        const string region = "73.71";
        var (owner, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "33.74");
        var slug = await PublishSizedAsync(owner, "2", "4", "50", "250");
        var (admin, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, region);
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, region);

        var adminPage = await Html.GetPageAsync(admin, $"/katalog/{slug}?pengguna=600");
        var memberPage = await Html.GetPageAsync(member, $"/katalog/{slug}?pengguna=600");

        Assert.Contains("Butuh 3 server (2 core, 4 GB RAM, 50 GB penyimpanan).", adminPage, StringComparison.Ordinal);
        Assert.Contains("Wilayah Anda belum menyatakan infrastrukturnya", adminPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/wilayah/{region}/infrastruktur/ubah\"", adminPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/infrastruktur/ubah", memberPage, StringComparison.Ordinal);
        Assert.Contains("Minta AdminWilayah Kota Makassar menyatakan infrastruktur wilayah.", memberPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_adoptions_expected_users_win_and_PDN_hosting_is_advised_an_allocation()
    {
        const string region = "74.71";
        var (owner, ownerAdmin) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "33.74");
        var slug = await PublishSizedAsync(owner, "4", "8", "100", "1000");
        var (admin, adopter) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, region);
        using var declared = await DeclareAsync(admin, region, "PusatDataNasional", "Semua aplikasi di PDN");
        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
        await AdoptionArrangements.AdoptAsync(Host, slug, adopter, ownerAdmin, expectedUsers: 2500, until: AdoptionState.Diajukan);

        var page = await Html.GetPageAsync(admin, $"/katalog/{slug}?pengguna=10");

        Assert.Contains("Butuh 3 server (4 core, 8 GB RAM, 100 GB penyimpanan).", page, StringComparison.Ordinal);
        Assert.Contains("ajukan alokasi 3 server dengan spesifikasi ini ke PDN", page, StringComparison.Ordinal);
        Assert.Contains("Dihitung untuk 2.500 pengguna, sesuai permintaan adopsi wilayah Anda.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"pengguna\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mixed_hosting_runs_what_fits_and_asks_PDN_for_the_rest()
    {
        const string region = "75.71";
        var (owner, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "33.74");
        var slug = await PublishSizedAsync(owner, "4", "8", "100", "1000");
        var (admin, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, region);
        // One big server hosts two instances (RAM decides: 20 GB free, 8 GB each).
        using var declared = await DeclareAsync(admin, region, "Campuran", "", Row(0, "srv-besar", "64", "32", "4000", "0", "12", "0"));
        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);

        var page = await Html.GetPageAsync(admin, $"/katalog/{slug}?pengguna=5000");

        Assert.Contains("Butuh 5 server (4 core, 8 GB RAM, 100 GB penyimpanan), tersedia 2.", page, StringComparison.Ordinal);
        Assert.Contains("Jalankan 2 di server sendiri lebih dulu, lalu ajukan alokasi 3 server lagi ke Pusat Data Nasional.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_region_and_anonymous_visitors_see_no_report_and_other_themes_still_render_it()
    {
        var (owner, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "33.74");
        var slug = await PublishSizedAsync(owner, "4", "8", "100", "1000");
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "81.71");

        Assert.DoesNotContain(Heading, await Html.GetPageAsync(owner, $"/katalog/{slug}"), StringComparison.Ordinal);
        Assert.DoesNotContain(Heading, await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"), StringComparison.Ordinal);
        using var theme = await Forms.SubmitAsync(member, "/", "/tema", ("theme", "HighContrast"), ("returnUrl", "/"));
        var contrast = await Html.GetPageAsync(member, $"/katalog/{slug}");
        Assert.Contains("/_content/Marketplace.Themes.HighContrast/css/contrast.css", Html.Stylesheets(contrast).Select(Html.Unversioned));
        Assert.Contains($"{Heading} Kota Ambon", contrast, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CapacityReportOnSqlite(SqliteHostFixture fixture) : CapacityReportContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class CapacityReportOnPostgres(PostgresHostFixture fixture) : CapacityReportContract(fixture);
