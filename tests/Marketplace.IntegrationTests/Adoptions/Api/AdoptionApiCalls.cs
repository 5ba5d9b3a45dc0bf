using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.IntegrationTests.Adoptions.Api;

/// <summary>Adoptions through the API, the way a region's script drives them: a token per person, JSON bodies.</summary>
public static class AdoptionApiCalls
{
    /// <summary>A person of <paramref name="region"/> with <paramref name="role"/> and a client carrying their token.</summary>
    public static Task<(ApplicationUser User, HttpClient Client)> PersonAsync(MarketplaceHost host, string region, string role = Roles.AdminWilayah) =>
        ApiCalls.PublisherAsync(host, region, role);

    /// <summary>Publishes an application for <paramref name="owner"/>'s region and returns its slug.</summary>
    public static async Task<string> PublishAsync(HttpClient owner, string name, long? buildCost = null, bool publish = true)
    {
        var app = ApiCalls.NewApp(name, publish);
        app["buildCost"] = buildCost;
        return (await ApiCalls.CreateAsync(owner, app)).GetProperty("slug").GetString()!;
    }

    public static Task<HttpResponseMessage> PostRequestAsync(HttpClient client, string slug, string? reason = "Kami butuh aplikasi ini untuk layanan warga.", int? expectedUsers = 250) =>
        client.PostAsJsonAsync($"/api/v1/apps/{slug}/adoptions", new { reason, expectedUsers });

    /// <summary>Asks to adopt and returns the new adoption (asserting 201).</summary>
    public static async Task<JsonElement> RequestAsync(HttpClient client, string slug)
    {
        using var response = await PostRequestAsync(client, slug);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Request of {slug}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ApiCalls.JsonAsync(response);
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, int id)
    {
        using var response = await client.GetAsync($"/api/v1/adoptions/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ApiCalls.JsonAsync(response);
    }

    public static Task<HttpResponseMessage> PostMoveAsync(HttpClient client, int id, object body) =>
        client.PostAsJsonAsync($"/api/v1/adoptions/{id}/transitions", body);

    /// <summary>Reads the current version, then moves to <paramref name="to"/> (asserting 200).</summary>
    public static async Task<JsonElement> MoveAsync(HttpClient client, int id, string to, string? reason = null)
    {
        var version = (await GetAsync(client, id)).GetProperty("version").GetInt32();
        using var response = await PostMoveAsync(client, id, new { to, reason, version });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Move of {id} to {to}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ApiCalls.JsonAsync(response);
    }

    /// <summary>
    /// Requests <paramref name="slug"/> for <paramref name="adopter"/>'s region and drives it to <paramref name="state"/>:
    /// the owner approves or declines, the adopter plans, goes live or withdraws. Returns the adoption's id.
    /// </summary>
    public static async Task<int> DriveAsync(HttpClient adopter, HttpClient owner, string slug, string state)
    {
        var id = (await RequestAsync(adopter, slug)).GetProperty("id").GetInt32();
        string[] path = state switch
        {
            "diajukan" => [],
            "ditolak" => ["ditolak"],
            "dihentikan" => ["dihentikan"],
            "disetujui" => ["disetujui"],
            "perencanaan" => ["disetujui", "perencanaan"],
            "berjalan" => ["disetujui", "perencanaan", "berjalan"],
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        };
        foreach (var to in path)
        {
            var client = to is "disetujui" or "ditolak" ? owner : adopter;
            await MoveAsync(client, id, to, to is "ditolak" or "dihentikan" ? "Alasan pengujian." : null);
        }

        return id;
    }
}
