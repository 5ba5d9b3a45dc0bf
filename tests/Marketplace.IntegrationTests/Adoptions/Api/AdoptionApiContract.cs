using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.IntegrationTests.Adoptions.Api;

/// <summary>The adoption API on the shared host: the whole life of a request, and every refusal with its status.</summary>
public abstract class AdoptionApiContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private const string Owner = "16.71";
    private const string Adopter = "61.72";

    [Fact]
    public async Task A_member_requests_the_owners_admin_approves_and_the_adopter_plans_and_goes_live()
    {
        var (_, owner) = await AdoptionApiCalls.PersonAsync(Host, Owner);
        var (_, member) = await AdoptionApiCalls.PersonAsync(Host, Adopter, Roles.Anggota);
        var slug = await AdoptionApiCalls.PublishAsync(owner, "Parkir " + ApiCalls.UniqueWord());

        using var requested = await AdoptionApiCalls.PostRequestAsync(member, slug, expectedUsers: 400);
        var adoption = await ApiCalls.JsonAsync(requested);
        var id = adoption.GetProperty("id").GetInt32();
        var ownersView = await AdoptionApiCalls.GetAsync(owner, id);
        var approved = await AdoptionApiCalls.MoveAsync(owner, id, "disetujui");
        var planning = await AdoptionApiCalls.MoveAsync(member, id, "perencanaan");
        var running = await AdoptionApiCalls.MoveAsync(member, id, "berjalan");

        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        Assert.Equal($"/api/v1/adoptions/{id}", requested.Headers.Location?.OriginalString);
        Assert.Equal(("diajukan", 400, slug), (adoption.GetProperty("state").GetString(), adoption.GetProperty("expectedUsers").GetInt32(), adoption.GetProperty("app").GetProperty("slug").GetString()));
        Assert.Equal(("61.72", "Kota Singkawang", "61"), (adoption.GetProperty("adopter").GetProperty("code").GetString(), adoption.GetProperty("adopter").GetProperty("name").GetString(), adoption.GetProperty("adopterProvince").GetProperty("code").GetString()));
        Assert.Equal(["dihentikan"], Moves(adoption));
        Assert.Equal(["disetujui", "ditolak"], Moves(ownersView).Order());
        Assert.Equal(["dihentikan"], Moves(running));
        Assert.Equal("disetujui", approved.GetProperty("state").GetString());
        Assert.Equal("perencanaan", planning.GetProperty("state").GetString());
        Assert.Equal("berjalan", running.GetProperty("state").GetString());
        Assert.True(running.GetProperty("version").GetInt32() > approved.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.String, running.GetProperty("runningSince").ValueKind);
        Assert.Equal(["diajukan", "disetujui", "perencanaan", "berjalan"], running.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("to").GetString()));

        var list = await Host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/apps/{slug}/adoptions");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(("berjalan", "61.72", "Kota Palembang"), (item.GetProperty("state").GetString(), item.GetProperty("adopter").GetProperty("code").GetString(), item.GetProperty("owner").GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.String, item.GetProperty("runningSince").ValueKind);
        Assert.Equal(1, (await Host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/apps/{slug}")).GetProperty("adoptionCount").GetInt32());
    }

    [Fact]
    public async Task The_public_list_carries_no_reasons_and_no_names_of_people()
    {
        var (_, owner) = await AdoptionApiCalls.PersonAsync(Host, Owner);
        var (requester, member) = await AdoptionApiCalls.PersonAsync(Host, Adopter, Roles.Anggota);
        var slug = await AdoptionApiCalls.PublishAsync(owner, "Rahasia " + ApiCalls.UniqueWord());
        var id = (await AdoptionApiCalls.RequestAsync(member, slug)).GetProperty("id").GetInt32();
        await AdoptionApiCalls.MoveAsync(owner, id, "ditolak", "Server kami sedang penuh sampai Desember.");

        var forApp = await Host.CreateClient().GetStringAsync($"/api/v1/apps/{slug}/adoptions");
        var forRegion = await Host.CreateClient().GetStringAsync($"/api/v1/regions/{Adopter}/adoptions");

        foreach (var json in new[] { forApp, forRegion })
        {
            Assert.DoesNotContain("layanan warga", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Server kami", json, StringComparison.Ordinal);
            Assert.DoesNotContain(requester.FullName!, json, StringComparison.Ordinal);
            Assert.DoesNotContain("\"reason\"", json, StringComparison.Ordinal);
        }

        Assert.Contains("\"ditolak\"", forApp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_credentials_is_401_for_an_unknown_or_draft_application_404_and_for_ones_own_application_409()
    {
        var (_, owner) = await AdoptionApiCalls.PersonAsync(Host, Owner);
        var (_, adopter) = await AdoptionApiCalls.PersonAsync(Host, Adopter);
        var published = await AdoptionApiCalls.PublishAsync(owner, "Milik " + ApiCalls.UniqueWord());
        var draft = await AdoptionApiCalls.PublishAsync(owner, "Draf " + ApiCalls.UniqueWord(), publish: false);

        using var anonymous = await AdoptionApiCalls.PostRequestAsync(Host.CreateClient(), published);
        using var unknown = await AdoptionApiCalls.PostRequestAsync(adopter, "tidak-ada-aplikasi-ini");
        using var hidden = await AdoptionApiCalls.PostRequestAsync(adopter, draft);
        using var own = await AdoptionApiCalls.PostRequestAsync(owner, published);

        await ApiCalls.ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        await ApiCalls.ProblemAsync(unknown, HttpStatusCode.NotFound);
        await ApiCalls.ProblemAsync(hidden, HttpStatusCode.NotFound);
        var ownProblem = await ApiCalls.ProblemAsync(own, HttpStatusCode.Conflict);
        Assert.Equal("Adoption.OwnApp", ownProblem.GetProperty("code").GetString());
        Assert.Equal("A region cannot adopt its own application.", ownProblem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_second_open_request_of_the_same_region_is_409_naming_the_open_one_and_after_a_decline_a_new_request_is_allowed()
    {
        var (_, owner) = await AdoptionApiCalls.PersonAsync(Host, Owner);
        var (_, first) = await AdoptionApiCalls.PersonAsync(Host, Adopter, Roles.Anggota);
        var (_, colleague) = await AdoptionApiCalls.PersonAsync(Host, Adopter, Roles.Anggota);
        var slug = await AdoptionApiCalls.PublishAsync(owner, "Dua " + ApiCalls.UniqueWord());
        var id = (await AdoptionApiCalls.RequestAsync(first, slug)).GetProperty("id").GetInt32();

        using var again = await AdoptionApiCalls.PostRequestAsync(colleague, slug);
        var problem = await ApiCalls.ProblemAsync(again, HttpStatusCode.Conflict);
        await AdoptionApiCalls.MoveAsync(owner, id, "ditolak", "Belum siap.");
        using var afterDecline = await AdoptionApiCalls.PostRequestAsync(colleague, slug);

        Assert.Equal("Adoption.AlreadyOpen", problem.GetProperty("code").GetString());
        Assert.Equal(id, problem.GetProperty("adoptionId").GetInt32());
        Assert.Equal(HttpStatusCode.Created, afterDecline.StatusCode);
    }

    [Fact]
    public async Task Bad_request_bodies_are_refused_by_field_in_english()
    {
        var (_, owner) = await AdoptionApiCalls.PersonAsync(Host, Owner);
        var (_, adopter) = await AdoptionApiCalls.PersonAsync(Host, Adopter);
        var slug = await AdoptionApiCalls.PublishAsync(owner, "Isian " + ApiCalls.UniqueWord());

        using var empty = await AdoptionApiCalls.PostRequestAsync(adopter, slug, reason: "  ", expectedUsers: null);
        using var outOfRange = await AdoptionApiCalls.PostRequestAsync(adopter, slug, reason: new string('x', 2001), expectedUsers: 0);
        using var control = await AdoptionApiCalls.PostRequestAsync(adopter, slug, reason: "baris\u0000nol", expectedUsers: 10_000_001);
        using var notNumber = await adopter.PostAsJsonAsync($"/api/v1/apps/{slug}/adoptions", new { reason = "Perlu.", expectedUsers = "banyak" });
        using var malformed = await adopter.PostAsync($"/api/v1/apps/{slug}/adoptions", new StringContent("{\"reason\": ", Encoding.UTF8, "application/json"));
        using var form = await adopter.PostAsync($"/api/v1/apps/{slug}/adoptions", new FormUrlEncodedContent([KeyValuePair.Create("reason", "Perlu.")]));

        var emptyErrors = ApiCalls.Errors(await ApiCalls.ProblemAsync(empty, HttpStatusCode.BadRequest));
        Assert.Equal(["expectedUsers", "reason"], emptyErrors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["A reason is required."], emptyErrors["reason"]);
        Assert.Equal(["The expected number of users is required."], emptyErrors["expectedUsers"]);
        var rangeErrors = ApiCalls.Errors(await ApiCalls.ProblemAsync(outOfRange, HttpStatusCode.BadRequest));
        Assert.Equal(["At most 2,000 characters."], rangeErrors["reason"]);
        Assert.Equal(["Enter a whole number from 1 to 10,000,000."], rangeErrors["expectedUsers"]);
        var controlErrors = ApiCalls.Errors(await ApiCalls.ProblemAsync(control, HttpStatusCode.BadRequest));
        Assert.Equal(["Control characters are not allowed."], controlErrors["reason"]);
        Assert.Equal(["expectedUsers"], ApiCalls.Errors(await ApiCalls.ProblemAsync(notNumber, HttpStatusCode.BadRequest)).Keys);
        await ApiCalls.ProblemAsync(malformed, HttpStatusCode.BadRequest);
        await ApiCalls.ProblemAsync(form, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, (await Host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/apps/{slug}/adoptions")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Only_the_owners_admin_decides_and_others_get_403()
    {
        var (_, owner) = await AdoptionApiCalls.PersonAsync(Host, Owner);
        var (_, ownersPublisher) = await AdoptionApiCalls.PersonAsync(Host, Owner, Roles.Penerbit);
        var (_, adopterAdmin) = await AdoptionApiCalls.PersonAsync(Host, Adopter);
        var (_, stranger) = await AdoptionApiCalls.PersonAsync(Host, "33.74");
        var slug = await AdoptionApiCalls.PublishAsync(owner, "Putusan " + ApiCalls.UniqueWord());
        var id = (await AdoptionApiCalls.RequestAsync(adopterAdmin, slug)).GetProperty("id").GetInt32();

        using var byAdopter = await AdoptionApiCalls.PostMoveAsync(adopterAdmin, id, new { to = "disetujui", version = 0 });
        using var byPublisher = await AdoptionApiCalls.PostMoveAsync(ownersPublisher, id, new { to = "disetujui", version = 0 });
        using var byStranger = await AdoptionApiCalls.PostMoveAsync(stranger, id, new { to = "disetujui", version = 0 });
        using var strangerReads = await stranger.GetAsync($"/api/v1/adoptions/{id}");
        using var anonymousMove = await AdoptionApiCalls.PostMoveAsync(Host.CreateClient(), id, new { to = "disetujui", version = 0 });
        using var anonymousRead = await Host.CreateClient().GetAsync($"/api/v1/adoptions/{id}");

        await ApiCalls.ProblemAsync(byAdopter, HttpStatusCode.Forbidden);
        await ApiCalls.ProblemAsync(byPublisher, HttpStatusCode.Forbidden);
        await ApiCalls.ProblemAsync(byStranger, HttpStatusCode.Forbidden);
        await ApiCalls.ProblemAsync(strangerReads, HttpStatusCode.Forbidden);
        await ApiCalls.ProblemAsync(anonymousMove, HttpStatusCode.Unauthorized);
        await ApiCalls.ProblemAsync(anonymousRead, HttpStatusCode.Unauthorized);
        Assert.Equal("diajukan", (await AdoptionApiCalls.GetAsync(owner, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_move_out_of_order_a_stale_version_and_a_decline_without_reason_are_refused()
    {
        var (_, owner) = await AdoptionApiCalls.PersonAsync(Host, Owner);
        var (_, adopter) = await AdoptionApiCalls.PersonAsync(Host, Adopter);
        var slug = await AdoptionApiCalls.PublishAsync(owner, "Urutan " + ApiCalls.UniqueWord());
        var id = (await AdoptionApiCalls.RequestAsync(adopter, slug)).GetProperty("id").GetInt32();

        using var skip = await AdoptionApiCalls.PostMoveAsync(adopter, id, new { to = "berjalan", version = 0 });
        using var backwards = await AdoptionApiCalls.PostMoveAsync(owner, id, new { to = "diajukan", version = 0 });
        using var noReason = await AdoptionApiCalls.PostMoveAsync(owner, id, new { to = "ditolak", reason = " ", version = 0 });
        var approved = await AdoptionApiCalls.MoveAsync(owner, id, "disetujui");
        using var stale = await AdoptionApiCalls.PostMoveAsync(adopter, id, new { to = "perencanaan", version = 0 });

        var skipProblem = await ApiCalls.ProblemAsync(skip, HttpStatusCode.Conflict);
        Assert.Equal("Adoption.OutOfOrder", skipProblem.GetProperty("code").GetString());
        Assert.Equal("An adoption that is diajukan cannot become berjalan.", skipProblem.GetProperty("detail").GetString());
        Assert.Equal("Adoption.OutOfOrder", (await ApiCalls.ProblemAsync(backwards, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal(["A reason is required."], ApiCalls.Errors(await ApiCalls.ProblemAsync(noReason, HttpStatusCode.BadRequest))["reason"]);
        Assert.Equal(1, approved.GetProperty("version").GetInt32());
        Assert.Equal("Adoption.Stale", (await ApiCalls.ProblemAsync(stale, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal("disetujui", (await AdoptionApiCalls.GetAsync(adopter, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_move_needs_a_known_target_and_the_version_and_an_unknown_adoption_is_404()
    {
        var (_, owner) = await AdoptionApiCalls.PersonAsync(Host, Owner);
        var (_, adopter) = await AdoptionApiCalls.PersonAsync(Host, Adopter);
        var slug = await AdoptionApiCalls.PublishAsync(owner, "Target " + ApiCalls.UniqueWord());
        var id = (await AdoptionApiCalls.RequestAsync(adopter, slug)).GetProperty("id").GetInt32();

        using var nothing = await AdoptionApiCalls.PostMoveAsync(owner, id, new { });
        using var unknownState = await AdoptionApiCalls.PostMoveAsync(owner, id, new { to = "selesai", version = 0 });
        using var numericState = await AdoptionApiCalls.PostMoveAsync(owner, id, new { to = 1, version = 0 });
        using var unknownAdoption = await AdoptionApiCalls.PostMoveAsync(owner, int.MaxValue, new { to = "disetujui", version = 0 });
        using var readUnknown = await owner.GetAsync($"/api/v1/adoptions/{int.MaxValue}");

        Assert.Equal(["to", "version"], ApiCalls.Errors(await ApiCalls.ProblemAsync(nothing, HttpStatusCode.BadRequest)).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["to"], ApiCalls.Errors(await ApiCalls.ProblemAsync(unknownState, HttpStatusCode.BadRequest)).Keys);
        Assert.Equal(["to"], ApiCalls.Errors(await ApiCalls.ProblemAsync(numericState, HttpStatusCode.BadRequest)).Keys);
        await ApiCalls.ProblemAsync(unknownAdoption, HttpStatusCode.NotFound);
        await ApiCalls.ProblemAsync(readUnknown, HttpStatusCode.NotFound);
        Assert.Equal("diajukan", (await AdoptionApiCalls.GetAsync(owner, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Listing_an_unknown_or_draft_application_or_region_is_404_and_a_bad_role_400()
    {
        var (_, owner) = await AdoptionApiCalls.PersonAsync(Host, Owner);
        var draft = await AdoptionApiCalls.PublishAsync(owner, "Draf " + ApiCalls.UniqueWord(), publish: false);
        using var client = Host.CreateClient();

        using var unknownApp = await client.GetAsync("/api/v1/apps/tidak-ada-aplikasi-ini/adoptions");
        using var draftApp = await client.GetAsync($"/api/v1/apps/{draft}/adoptions");
        using var draftForOwner = await owner.GetAsync($"/api/v1/apps/{draft}/adoptions");
        using var unknownRegion = await client.GetAsync("/api/v1/regions/99.99/adoptions");
        using var malformedRegion = await client.GetAsync("/api/v1/regions/abc/adoptions");
        using var badRole = await client.GetAsync($"/api/v1/regions/{Owner}/adoptions?role=pemilik");
        var adopterOnly = await client.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Owner}/adoptions?role=adopter");
        var ownerOnly = await client.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Owner}/adoptions?role=OWNER");

        await ApiCalls.ProblemAsync(unknownApp, HttpStatusCode.NotFound);
        await ApiCalls.ProblemAsync(draftApp, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, draftForOwner.StatusCode);
        await ApiCalls.ProblemAsync(unknownRegion, HttpStatusCode.NotFound);
        await ApiCalls.ProblemAsync(malformedRegion, HttpStatusCode.NotFound);
        Assert.Equal(["role"], ApiCalls.Errors(await ApiCalls.ProblemAsync(badRole, HttpStatusCode.BadRequest)).Keys);
        Assert.Equal((JsonValueKind.Array, JsonValueKind.Null), (adopterOnly.GetProperty("asAdopter").ValueKind, adopterOnly.GetProperty("asOwner").ValueKind));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Array), (ownerOnly.GetProperty("asAdopter").ValueKind, ownerOnly.GetProperty("asOwner").ValueKind));
        Assert.Equal("Kota Palembang", ownerOnly.GetProperty("region").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_adoption_endpoints_are_described_in_the_openapi_document()
    {
        var document = await Host.CreateClient().GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/v1/apps/{slug}/adoptions", "/api/v1/regions/{code}/adoptions", "/api/v1/adoptions/{id}", "/api/v1/adoptions/{id}/transitions", "/api/v1/stats" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }

        Assert.Contains("\"RequestAdoption\"", document, StringComparison.Ordinal);
        Assert.Contains("\"MoveAdoption\"", document, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Moves(JsonElement adoption) =>
        adoption.GetProperty("moves").EnumerateArray().Select(m => m.GetProperty("to").GetString()!);
}

[Collection(SqliteCollection.Name)]
public sealed class AdoptionApiOnSqlite(SqliteHostFixture fixture) : AdoptionApiContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class AdoptionApiOnPostgres(PostgresHostFixture fixture) : AdoptionApiContract(fixture);
