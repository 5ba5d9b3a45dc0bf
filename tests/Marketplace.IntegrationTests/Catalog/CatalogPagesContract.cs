using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.IntegrationTests.Catalog;

/// <summary>Publishing and editing through the pages: rights per region, drafts, and the answer to each bad input.</summary>
public abstract class CatalogPagesContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_region_publisher_publishes_with_releases_and_everyone_sees_it_in_SemVer_order()
    {
        var client = await SignedInAsync(Roles.Penerbit, "33.74");
        var name = CatalogFlows.UniqueName();
        var slug = Slugs.From(name);

        using var published = await CatalogFlows.PublishAsync(client, name);
        Assert.Equal($"/katalog/{slug}", published.Headers.Location?.OriginalString);
        foreach (var version in new[] { "1.9.0", "1.10.0", "1.10.0-rc.1" })
        {
            using var release = await AccountFlows.SubmitPageAsync(client, $"/katalog/{slug}/rilis", ("Input.Version", version), ("Input.Date", "2026-11-01"), ("Input.Notes", "Perbaikan"));
            Assert.Equal(HttpStatusCode.Redirect, release.StatusCode);
        }

        var page = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}");
        Assert.Contains(name, page, StringComparison.Ordinal);
        Assert.Contains("Kota Semarang", page, StringComparison.Ordinal);
        var order = new[] { "1.10.0<", "1.10.0-rc.1<", "1.9.0<" }.Select(v => page.IndexOf(v, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains(name, await Html.GetPageAsync(Host.CreateClient(), "/katalog?region=33.74&maturity=stable&technology=php"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_seen_only_by_its_region()
    {
        var owner = await SignedInAsync(Roles.AdminWilayah, "33.74");
        var name = CatalogFlows.UniqueName("Draf");
        await CatalogFlows.PublishAsync(owner, name, publish: false);
        var slug = Slugs.From(name);

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/katalog/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.CreateClient().GetAsync($"/katalog/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignedInAsync(Roles.AdminWilayah, "16.71")).GetAsync($"/katalog/{slug}")).StatusCode);
        Assert.DoesNotContain(name, await Html.GetPageAsync(Host.CreateClient(), "/katalog?region=33.74"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_regions_publisher_gets_403_on_edit_and_release_and_nothing_changes()
    {
        var owner = await SignedInAsync(Roles.Penerbit, "33.74");
        var name = CatalogFlows.UniqueName();
        await CatalogFlows.PublishAsync(owner, name);
        var slug = Slugs.From(name);
        var stranger = await SignedInAsync(Roles.AdminWilayah, "16.71");

        using var editPage = await stranger.GetAsync($"/katalog/{slug}/ubah");
        var token = await Forms.GetAntiforgeryAsync(stranger, "/");
        using var edit = await Forms.PostAsync(stranger, $"/katalog/{slug}/ubah", [.. CatalogFlows.AppForm("Diambil alih", slug: slug), ("__RequestVerificationToken", token)]);
        using var release = await Forms.PostAsync(stranger, $"/katalog/{slug}/rilis", ("Input.Version", "9.9.9"), ("__RequestVerificationToken", token));

        Assert.Equal("/akun/ditolak", editPage.Headers.Location?.AbsolutePath);
        Assert.Equal("/akun/ditolak", edit.Headers.Location?.AbsolutePath);
        Assert.Equal("/akun/ditolak", release.Headers.Location?.AbsolutePath);
        var page = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}");
        Assert.Contains(name, page, StringComparison.Ordinal);
        Assert.DoesNotContain("9.9.9", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kurator_may_edit_any_regions_application()
    {
        var owner = await SignedInAsync(Roles.Penerbit, "61.72");
        var name = CatalogFlows.UniqueName("Layanan Pengaduan");
        await CatalogFlows.PublishAsync(owner, name);
        var slug = Slugs.From(name);
        var curator = await TestAccounts.CreateAsync(Host, Roles.Kurator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        var key = await TestAccounts.EnableTwoFactorAsync(Host, curator.Email!);
        using var client = Host.CreateClient();
        await AccountFlows.SignInWithCodeAsync(client, curator.Email!, key);

        using var release = await AccountFlows.SubmitPageAsync(client, $"/katalog/{slug}/rilis", ("Input.Version", "2.0.0"));

        Assert.Equal(HttpStatusCode.Redirect, release.StatusCode);
        Assert.Contains("2.0.0", await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_member_cannot_open_the_publish_form()
    {
        var member = await SignedInAsync(Roles.Anggota, "33.74");

        using var response = await member.GetAsync("/katalog/terbitkan");

        Assert.Equal("/akun/ditolak", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Bad_input_is_named_field_by_field_and_what_was_typed_is_kept()
    {
        var client = await SignedInAsync(Roles.Penerbit, "33.74");
        var name = CatalogFlows.UniqueName();
        await CatalogFlows.PublishAsync(client, name);
        (string, string)[] form =
        [
            .. CatalogFlows.AppForm(name, license: "MIT OR").Where(f => f.Name is not ("Input.CpuCores" or "Input.Contacts[0].Email")),
            ("Input.CpuCores", "0"),
            ("Input.Contacts[0].Email", "bukan-email"),
        ];

        using var response = await AccountFlows.SubmitPageAsync(client, "/katalog/terbitkan", form);

        var html = await response.Content.ReadAsStringAsync();
        var errors = AccountFlows.Errors(html);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(errors, e => e.StartsWith("Alamat \"", StringComparison.Ordinal) && e.EndsWith("sudah dipakai aplikasi lain. Pilih alamat lain.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("\"MIT OR\" bukan ekspresi lisensi SPDX", StringComparison.Ordinal));
        Assert.Contains("Isi angka antara 1 dan 1024.", errors);
        Assert.Contains("Alamat email tidak valid.", errors);
        Assert.Contains("value=\"Aplikasi penilaian kinerja ASN harian.\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_the_description_is_not_executed()
    {
        var client = await SignedInAsync(Roles.Penerbit, "33.74");
        var name = CatalogFlows.UniqueName();
        (string, string)[] form = [.. CatalogFlows.AppForm(name).Where(f => f.Name != "Input.Description"), ("Input.Description", "<script>alert('x')</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)>")];
        await AccountFlows.SubmitPageAsync(client, "/katalog/terbitkan", form);

        var page = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{Slugs.From(name)}");

        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_filters_are_named_on_the_page_and_unknown_applications_are_404()
    {
        using var client = Host.CreateClient();

        var page = await Html.GetPageAsync(client, "/katalog?maturity=matang&class=semua&halaman=0");

        Assert.Contains("Filter berikut tidak dikenal dan diabaikan: class=semua, maturity=matang, page=0", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/katalog/tidak-ada-aplikasi-ini")).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string role, string region)
    {
        var user = await TestAccounts.CreateAsync(Host, role, region);
        var client = Host.CreateClient();
        using var response = await AccountFlows.LoginAsync(client, user.Email!);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogPagesOnSqlite(SqliteHostFixture fixture) : CatalogPagesContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class CatalogPagesOnPostgres(PostgresHostFixture fixture) : CatalogPagesContract(fixture);
