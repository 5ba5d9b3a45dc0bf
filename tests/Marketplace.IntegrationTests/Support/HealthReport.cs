using System.Net;
using System.Text.Json;

namespace Marketplace.IntegrationTests.Support;

/// <summary>What <c>GET /health</c> answered: the HTTP status, the overall status and each check's status.</summary>
public sealed record HealthReport(HttpStatusCode Code, string Status, IReadOnlyDictionary<string, string> Checks)
{
    public static async Task<HealthReport> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks").EnumerateObject()
            .ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString() ?? "");
        return new HealthReport(response.StatusCode, json.RootElement.GetProperty("status").GetString() ?? "", checks);
    }
}
