using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Accounts.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Catalog;

/// <summary>Calls to the catalog API the way a script makes them: JSON bodies and a personal access token.</summary>
public static class ApiCalls
{
    /// <summary>A token for <paramref name="user"/>, made by the host's own service (the page has tests of its own).</summary>
    public static async Task<string> TokenAsync(MarketplaceHost host, ApplicationUser user, int days = 30)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<PersonalAccessTokens>().CreateAsync(user.Id, "uji", days, CancellationToken.None);
        return secret;
    }

    public static HttpClient WithToken(MarketplaceHost host, string token)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A publisher of <paramref name="region"/> and a client carrying one of their tokens.</summary>
    public static async Task<(ApplicationUser User, HttpClient Client)> PublisherAsync(MarketplaceHost host, string region = "61.72", string role = Roles.Penerbit)
    {
        var user = await TestAccounts.CreateAsync(host, role, region);
        return (user, WithToken(host, await TokenAsync(host, user)));
    }

    /// <summary>A word no other test uses, to find this test's applications with ?q=.</summary>
    public static string UniqueWord() => "uji" + Guid.NewGuid().ToString("N")[..10];

    public static Dictionary<string, object?> NewApp(string name, bool publish = true, string maturity = "stable") => new()
    {
        ["name"] = name,
        ["summary"] = $"Ringkasan {name}",
        ["description"] = "Aplikasi untuk pengujian.",
        ["license"] = "AGPL-3.0-or-later",
        ["maturity"] = maturity,
        ["spbeClass"] = "umum",
        ["categories"] = "document-management, workflow-management",
        ["languages"] = "PHP",
        ["databaseTech"] = "PostgreSQL",
        ["platforms"] = "web",
        ["cpuCores"] = 2,
        ["ramGb"] = 4,
        ["contacts"] = new[] { new { name = "Budi Santoso", email = "budi@singkawangkota.go.id" } },
        ["publish"] = publish,
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, Dictionary<string, object?> app)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/apps", app);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await JsonAsync(response);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    /// <summary>The problem+json body of a refusal with <paramref name="status"/>.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await JsonAsync(response);
    }

    /// <summary>The fields a validation problem names, with their messages.</summary>
    public static Dictionary<string, string[]> Errors(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
}
