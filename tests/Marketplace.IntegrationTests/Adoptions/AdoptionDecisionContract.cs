using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using static Marketplace.IntegrationTests.Support.AdoptionFlows;

namespace Marketplace.IntegrationTests.Adoptions;

/// <summary>Moving an adoption through its states on its page: who may make which move, and the answer to each wrong one.</summary>
public abstract class AdoptionDecisionContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_whole_way_from_request_to_running_is_recorded_and_shown_on_the_application_page()
    {
        var slug = await PublishedAppAsync(Host);
        var member = await SignedInAsync(Host, Roles.Anggota, Adopter);
        var ownerAdmin = await SignedInAsync(Host, Roles.AdminWilayah, Owner);
        var id = await RequestedAsync(member, slug);
        var before = Text(await Html.GetPageAsync(ownerAdmin, $"/adopsi/{id}"));
        Assert.Contains("Setujui", before, StringComparison.Ordinal);
        Assert.Contains("Alasan untuk \"Tolak\" (wajib)", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Mulai perencanaan", before, StringComparison.Ordinal);

        using var approved = await MoveAsync(ownerAdmin, id, AdoptionState.Disetujui, "Silakan.");
        using var planning = await MoveAsync(member, id, AdoptionState.Perencanaan);
        using var running = await MoveAsync(member, id, AdoptionState.Berjalan);

        Assert.All(new[] { approved, planning, running }, r => Assert.Equal($"/adopsi/{id}", r.Headers.Location?.OriginalString));
        var adoption = await LoadAsync(Host, id);
        Assert.Equal(AdoptionState.Berjalan, adoption.State);
        Assert.Equal(new AdoptionState?[] { null, AdoptionState.Diajukan, AdoptionState.Disetujui, AdoptionState.Perencanaan }, adoption.Events.OrderBy(e => e.Id).Select(e => e.From));
        var page = Text(await Html.GetPageAsync(member, $"/adopsi/{id}"));
        Assert.Contains("dari Diajukan ke Disetujui", page, StringComparison.Ordinal);
        Assert.Contains("Silakan.", page, StringComparison.Ordinal);
        Assert.Contains("dari Perencanaan ke Berjalan", page, StringComparison.Ordinal);
        Assert.Contains("0 dari 9 langkah selesai (0%)", page, StringComparison.Ordinal);
        Assert.Contains("Hentikan adopsi", page, StringComparison.Ordinal);
        var appPage = Text(await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"));
        Assert.Contains("Digunakan oleh Kota Singkawang · sejak ", appPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_the_owner_region_who_is_not_its_admin_cannot_approve()
    {
        var slug = await PublishedAppAsync(Host);
        var id = await RequestedAsync(await SignedInAsync(Host, Roles.Anggota, Adopter), slug);
        var publisher = await SignedInAsync(Host, Roles.Penerbit, Owner);
        Assert.DoesNotContain("name=\"Input.To\"", await Html.GetPageAsync(publisher, $"/adopsi/{id}"), StringComparison.Ordinal);

        using var response = await MoveAsync(publisher, id, AdoptionState.Disetujui, version: (await LoadAsync(Host, id)).Version);

        await AssertForbiddenAsync(publisher, response);
        Assert.Equal(AdoptionState.Diajukan, (await LoadAsync(Host, id)).State);
    }

    [Fact]
    public async Task Another_regions_admin_can_neither_read_nor_approve()
    {
        var slug = await PublishedAppAsync(Host);
        var id = await RequestedAsync(await SignedInAsync(Host, Roles.Anggota, Adopter), slug);
        var stranger = await SignedInAsync(Host, Roles.AdminWilayah, Third);

        using var read = await stranger.GetAsync($"/adopsi/{id}");
        using var print = await stranger.GetAsync($"/adopsi/{id}/cetak");
        using var calendar = await stranger.GetAsync($"/adopsi/{id}/rencana.ics");
        using var plan = await stranger.GetAsync($"/adopsi/{id}/rencana");
        var token = await Forms.GetAntiforgeryAsync(stranger, "/");
        using var approve = await Forms.PostAsync(stranger, $"/adopsi/{id}",
            ("Input.To", "Disetujui"), ("Input.Version", "0"), ("__RequestVerificationToken", token));

        foreach (var response in new[] { read, print, calendar, plan, approve })
        {
            await AssertForbiddenAsync(stranger, response);
        }

        Assert.Equal(AdoptionState.Diajukan, (await LoadAsync(Host, id)).State);
    }

    [Fact]
    public async Task Unknown_adoptions_are_404_and_visitors_are_sent_to_sign_in()
    {
        var member = await SignedInAsync(Host, Roles.AdminWilayah, Adopter);
        using var anonymous = Host.CreateClient();

        foreach (var path in new[] { "/adopsi/999999", "/adopsi/999999/rencana", "/adopsi/999999/cetak", "/adopsi/999999/rencana.ics" })
        {
            using var response = await member.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            using var visitor = await anonymous.GetAsync(path);
            Assert.Equal("/akun/masuk", visitor.Headers.Location?.AbsolutePath);
        }
    }

    [Fact]
    public async Task A_move_out_of_order_is_a_conflict_named_on_the_page_and_changes_nothing()
    {
        var slug = await PublishedAppAsync(Host);
        var member = await SignedInAsync(Host, Roles.AdminWilayah, Adopter);
        var id = await RequestedAsync(member, slug);
        var ownerAdmin = await SignedInAsync(Host, Roles.AdminWilayah, Owner);

        using var skipped = await MoveAsync(ownerAdmin, id, AdoptionState.Berjalan);
        using var backwards = await MoveAsync(member, id, AdoptionState.Diajukan);

        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        Assert.Contains("Status tidak dapat berpindah dari Diajukan ke Berjalan", Text(await skipped.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, backwards.StatusCode);
        Assert.Contains("dari Diajukan ke Diajukan", Text(await backwards.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var adoption = await LoadAsync(Host, id);
        Assert.Equal(AdoptionState.Diajukan, adoption.State);
        Assert.Single(adoption.Events);
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_the_reason_is_recorded()
    {
        var slug = await PublishedAppAsync(Host);
        var id = await RequestedAsync(await SignedInAsync(Host, Roles.Anggota, Adopter), slug);
        var ownerAdmin = await SignedInAsync(Host, Roles.AdminWilayah, Owner);

        using var bare = await MoveAsync(ownerAdmin, id, AdoptionState.Ditolak, "   ");
        var bareHtml = await bare.Content.ReadAsStringAsync();
        using var oversized = await MoveAsync(ownerAdmin, id, AdoptionState.Ditolak, new string('x', AdoptionRules.DecisionReasonMax + 1));

        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Equal(new[] { "Alasan wajib diisi." }, AccountFlows.Errors(bareHtml));
        Assert.Contains("id=\"alasan-ditolak\" name=\"Input.Reason\" rows=\"3\" aria-describedby=\"alasan-ditolak-error\" aria-required=\"true\" aria-invalid=\"true\"", bareHtml, StringComparison.Ordinal);
        Assert.Equal(new[] { "Paling banyak 1.000 karakter." }, AccountFlows.Errors(await oversized.Content.ReadAsStringAsync()));
        Assert.Equal(AdoptionState.Diajukan, (await LoadAsync(Host, id)).State);

        using var declined = await MoveAsync(ownerAdmin, id, AdoptionState.Ditolak, "Server kami belum siap; ajukan lagi tahun depan.");

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var adoption = await LoadAsync(Host, id);
        Assert.Equal(AdoptionState.Ditolak, adoption.State);
        Assert.Equal("Server kami belum siap; ajukan lagi tahun depan.", adoption.Events.OrderBy(e => e.Id).Last().Reason);
        Assert.DoesNotContain("name=\"Input.To\"", await Html.GetPageAsync(ownerAdmin, $"/adopsi/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_made_on_a_stale_page_is_refused()
    {
        var slug = await PublishedAppAsync(Host);
        var member = await SignedInAsync(Host, Roles.AdminWilayah, Adopter);
        var id = await RequestedAsync(member, slug);
        var ownerAdmin = await SignedInAsync(Host, Roles.AdminWilayah, Owner);
        var seen = await VersionOnPageAsync(ownerAdmin, $"/adopsi/{id}");
        using var withdrawn = await MoveAsync(member, id, AdoptionState.Dihentikan, "Tidak jadi.");

        using var late = await MoveAsync(ownerAdmin, id, AdoptionState.Disetujui, version: seen);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("baru saja diubah oleh orang lain", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AdoptionState.Dihentikan, (await LoadAsync(Host, id)).State);
    }

    [Fact]
    public async Task A_hand_made_post_with_an_unknown_state_is_refused()
    {
        var slug = await PublishedAppAsync(Host);
        var id = await RequestedAsync(await SignedInAsync(Host, Roles.Anggota, Adopter), slug);
        var ownerAdmin = await SignedInAsync(Host, Roles.AdminWilayah, Owner);
        var token = await Forms.GetAntiforgeryAsync(ownerAdmin, $"/adopsi/{id}");

        using var response = await Forms.PostAsync(ownerAdmin, $"/adopsi/{id}", ("Input.To", "Selesai"), ("Input.Version", "0"), ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tindakan itu tidak dikenal.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AdoptionState.Diajukan, (await LoadAsync(Host, id)).State);
    }

    [Fact]
    public async Task The_adoption_page_speaks_English_when_asked()
    {
        var slug = await PublishedAppAsync(Host);
        var id = await RequestedAsync(await SignedInAsync(Host, Roles.Anggota, Adopter), slug);
        var ownerAdmin = await SignedInAsync(Host, Roles.AdminWilayah, Owner);

        var page = Text(await Html.GetPageAsync(ownerAdmin, $"/adopsi/{id}", acceptLanguage: "en"));

        Assert.Contains("State: Requested", page, StringComparison.Ordinal);
        Assert.Contains("Reason to \"Decline\" (required)", page, StringComparison.Ordinal);
        Assert.Contains("Request made", page, StringComparison.Ordinal);
        Assert.Contains("The work plan is made when the owner region approves the request.", page, StringComparison.Ordinal);
    }

    private static async Task AssertForbiddenAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal("/akun/ditolak", response.Headers.Location?.AbsolutePath);
        using var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AdoptionDecisionOnSqlite(SqliteHostFixture fixture) : AdoptionDecisionContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class AdoptionDecisionOnPostgres(PostgresHostFixture fixture) : AdoptionDecisionContract(fixture);
