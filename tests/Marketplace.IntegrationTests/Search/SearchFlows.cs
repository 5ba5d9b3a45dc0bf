using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.Testing;

namespace Marketplace.IntegrationTests.Search;

/// <summary>Search driven the way a browser and a script use it, and documents written to the host's real index.</summary>
public static class SearchFlows
{
    /// <summary>A word no other test uses, that the Indonesian stemmer leaves whole (no affix it strips, hex has no i or n).</summary>
    public static string UniqueWord() => "qorv" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Waits until the site's own indexer has committed every change written so far.</summary>
    public static Task CaughtUpAsync(MarketplaceHost host) => IndexingProbe.CaughtUpAsync(host);

    /// <summary>GET /api/v1/search with <paramref name="query"/> (already encoded), expecting 200.</summary>
    public static async Task<JsonElement> ApiAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/v1/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ApiCalls.JsonAsync(response);
    }

    public static IReadOnlyList<string> HitTitles(JsonElement answer) =>
        answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();

    public static int FacetCount(JsonElement answer, string facet, string value) =>
        answer.GetProperty("facets").TryGetProperty(facet, out var values)
            ? values.EnumerateArray().Where(v => v.GetProperty("value").GetString() == value).Select(v => v.GetProperty("count").GetInt32()).FirstOrDefault()
            : 0;

    /// <summary>The titles of the hits on a /cari page, in order.</summary>
    public static IReadOnlyList<string> PageHitTitles(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("ol.search-hits h3 a").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>The filter links of one facet on a /cari page: their text ("Jawa Tengah (2)") as shown.</summary>
    public static IReadOnlyList<string> PageFacet(string html, string facet) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll($"ul[aria-labelledby=saring-{facet}] a")
            .Select(a => string.Join(' ', a.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
}

