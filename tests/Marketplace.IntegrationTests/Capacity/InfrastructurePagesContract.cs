using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Capacity;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Support.CapacityFlows;

namespace Marketplace.IntegrationTests.Capacity;

/// <summary>Declaring a region's infrastructure through the pages: who may see and change it, and every bad number refused.</summary>
public abstract class InfrastructurePagesContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_regions_admin_declares_servers_removes_one_and_members_read_them()
    {
        const string region = "63.71";
        var (admin, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, region);

        using var saved = await DeclareAsync(admin, region, "Campuran", "Ruang server tier 2",
            Row(0, "srv-simpeg", "16", "32", "1000", "4", "8", "100", "SIMPEG, e-Office"),
            Row(1, "", "", "", ""),
            Row(2, "srv-baru", "8", "16", "500"));

        Assert.Equal($"/wilayah/{region}/infrastruktur", saved.Headers.Location?.OriginalString);
        var stored = await InfrastructureAsync(region);
        Assert.Equal(HostingMode.Campuran, stored!.Hosting);
        Assert.Equal("Ruang server tier 2", stored.Notes);
        Assert.Equal(["srv-simpeg:16/32/1000 used 4/8/100", "srv-baru:8/16/500 used 0/0/0"], stored.Servers.OrderBy(s => s.Order).Select(Describe));

        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, region);
        var page = await Html.GetPageAsync(member, $"/wilayah/{region}/infrastruktur");
        Assert.Contains("srv-simpeg", page, StringComparison.Ordinal);
        Assert.Contains("SIMPEG, e-Office", page, StringComparison.Ordinal);
        Assert.Contains("4 dari 16", page, StringComparison.Ordinal);
        Assert.Contains("Campuran", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/infrastruktur/ubah", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/wilayah/{region}/infrastruktur\"", await Html.GetPageAsync(member, $"/wilayah/{region}"), StringComparison.Ordinal);
        Assert.DoesNotContain("/infrastruktur\"", await Html.GetPageAsync(Host.CreateClient(), $"/wilayah/{region}"), StringComparison.Ordinal);

        // The form comes back filled, with empty rows to add more; ticking Remove deletes a server.
        var form = await Html.GetPageAsync(admin, EditPage(region));
        Assert.Contains("value=\"srv-simpeg\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Servers[4].Name\"", form, StringComparison.Ordinal);
        using var removed = await DeclareAsync(admin, region, "ServerSendiri", "",
            [.. Row(0, "srv-simpeg", "16", "32", "1000", "4", "8", "100"), ("Input.Servers[0].Remove", "true")],
            Row(1, "srv-baru", "8", "16", "500", "8", "16", "500"));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        stored = await InfrastructureAsync(region);
        Assert.Equal(HostingMode.ServerSendiri, stored!.Hosting);
        Assert.Null(stored.Notes);
        Assert.Equal(["srv-baru:8/16/500 used 8/16/500"], stored.Servers.Select(Describe));
    }

    [Fact]
    public async Task More_rows_come_back_without_saving()
    {
        const string region = "63.71";
        var (admin, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, region);
        var marker = "tidak disimpan " + Guid.NewGuid().ToString("N")[..6];

        using var response = await AccountFlows.SubmitPageAsync(admin, EditPage(region),
            [("Input.Hosting", "ServerSendiri"), ("Input.Notes", marker), .. Row(0, "srv-a", "4", "8", "100"), .. Row(1, "", "", "", ""), ("MoreRows", "true")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("value=\"srv-a\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Servers[4].Name\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Servers[5].Name\"", html, StringComparison.Ordinal);
        Assert.False(await Host.QueryAsync(db => db.RegionInfrastructures.AnyAsync(i => i.Notes == marker)));
    }

    [Theory]
    [InlineData("CpuCores", "-4", "Server 2: Inti CPU tidak boleh negatif.")]
    [InlineData("RamGb", "0", "Server 2: RAM (GB) harus lebih dari 0.")]
    [InlineData("CpuCores", "5000", "Server 2: Inti CPU paling banyak 1024. Periksa kembali angkanya.")]
    [InlineData("RamGb", "99999", "Server 2: RAM (GB) paling banyak 16384. Periksa kembali angkanya.")]
    [InlineData("StorageGb", "2000000", "Server 2: Penyimpanan (GB) paling banyak 1000000. Periksa kembali angkanya.")]
    [InlineData("StorageGb", "", "Server 2: Penyimpanan (GB) wajib diisi.")]
    [InlineData("UsedCpuCores", "20", "Server 2: Inti CPU terpakai melebihi totalnya (20 > 16).")]
    [InlineData("UsedRamGb", "-1", "Server 2: RAM terpakai (GB) tidak boleh negatif.")]
    [InlineData("Name", "srv\u0001x", "Server 2: Nama server berisi karakter kendali yang tidak diizinkan.")]
    [InlineData("Name", "nama-yang-terlalu-panjang-nama-yang-terlalu-panjang-nama-yang-terlalu-panjang-nama-yang-terlalu-panjang", "Server 2: Nama server paling banyak 100 karakter.")]
    [InlineData("CpuCores", "delapan", "Nilai 'delapan' tidak valid untuk Inti CPU.")]
    [InlineData("RamGb", "99999999999", "Nilai '99999999999' tidak valid untuk RAM (GB).")]
    public async Task A_bad_value_is_named_in_Indonesian_and_nothing_is_saved(string field, string value, string message)
    {
        const string region = "71.71";
        var (admin, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, region);
        var marker = "percobaan " + Guid.NewGuid().ToString("N")[..8];
        var bad = Row(1, "srv-2", "16", "64", "2000", "2", "4", "10").Select(f => f.Name == $"Input.Servers[1].{field}" ? (f.Name, value) : f).ToArray();

        using var response = await DeclareAsync(admin, region, "ServerSendiri", marker, Row(0, "srv-1", "8", "16", "500"), bad);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, AccountFlows.Errors(html));
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.False(await Host.QueryAsync(db => db.RegionInfrastructures.AnyAsync(i => i.Notes == marker)));
        Assert.False(await Host.QueryAsync(db => db.RegionServers.AnyAsync(s => s.RegionCode == region && s.Name == "srv-1")));
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_and_a_rule_breach_are_named_in_one_round_trip()
    {
        var (admin, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "71.71");

        using var response = await DeclareAsync(admin, "71.71", "ServerSendiri", "",
            Row(0, "srv-1", "8", "16", "500", usedRam: "banyak"), Row(1, "srv-2", "-2", "16", "500", usedStorage: "900"));

        var errors = AccountFlows.Errors(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nilai 'banyak' tidak valid untuk RAM terpakai (GB).", errors);
        Assert.Contains("Server 2: Inti CPU tidak boleh negatif.", errors);
        Assert.Contains("Server 2: Penyimpanan terpakai (GB) melebihi totalnya (900 > 500).", errors);
        Assert.False(await Host.QueryAsync(db => db.RegionServers.AnyAsync(s => s.RegionCode == "71.71")));
    }

    [Fact]
    public async Task Notes_that_are_too_long_are_refused()
    {
        var (admin, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "71.71");

        using var response = await DeclareAsync(admin, "71.71", "PusatDataNasional", new string('n', CapacityRules.NotesMax + 1));

        Assert.Contains("Catatan paling banyak 2000 karakter.", AccountFlows.Errors(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Another_regions_admin_and_the_regions_plain_members_get_403_and_nothing_changes()
    {
        const string region = "64.72";
        var (stranger, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "71.71");
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, region);
        var (publisher, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, region);

        foreach (var client in new[] { stranger, member, publisher })
        {
            using var page = await client.GetAsync(EditPage(region));
            var token = await Forms.GetAntiforgeryAsync(client, "/");
            using var post = await Forms.PostAsync(client, EditPage(region),
                [("Input.Hosting", "ServerSendiri"), ("Input.Notes", "diambil alih"), .. Row(0, "srv-x", "8", "16", "100"), ("__RequestVerificationToken", token)]);

            Assert.Equal("/akun/ditolak", page.Headers.Location?.AbsolutePath);
            Assert.Equal("/akun/ditolak", post.Headers.Location?.AbsolutePath);
        }

        using var strangerView = await stranger.GetAsync($"/wilayah/{region}/infrastruktur");
        Assert.Equal("/akun/ditolak", strangerView.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/wilayah/{region}/infrastruktur")).StatusCode);
        Assert.Null(await InfrastructureAsync(region));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_unknown_regions_are_404()
    {
        using var anonymous = Host.CreateClient();
        using var view = await anonymous.GetAsync("/wilayah/63.71/infrastruktur");
        Assert.Equal("/akun/masuk", view.Headers.Location?.AbsolutePath);

        var (admin, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "63.71");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/wilayah/99.99/infrastruktur")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(EditPage("99.99"))).StatusCode);
    }

    private static string Describe(RegionServer s) =>
        $"{s.Name}:{s.CpuCores}/{s.RamGb}/{s.StorageGb} used {s.UsedCpuCores}/{s.UsedRamGb}/{s.UsedStorageGb}";

    private Task<RegionInfrastructure?> InfrastructureAsync(string region) =>
        Host.QueryAsync(db => db.RegionInfrastructures.AsNoTracking().Include(i => i.Servers).SingleOrDefaultAsync(i => i.RegionCode == region));
}

[Collection(SqliteCollection.Name)]
public sealed class InfrastructurePagesOnSqlite(SqliteHostFixture fixture) : InfrastructurePagesContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class InfrastructurePagesOnPostgres(PostgresHostFixture fixture) : InfrastructurePagesContract(fixture);
