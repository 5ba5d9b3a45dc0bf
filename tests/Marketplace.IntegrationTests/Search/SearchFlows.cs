using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Search;

/// <summary>Search driven the way a browser and a script use it, and documents written to the host's real index.</summary>
public static class SearchFlows
{
    /// <summary>A word no other test uses, that the Indonesian stemmer leaves whole (no affix it strips, hex has no i or n).</summary>
    public static string UniqueWord() => "qorv" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Writes documents to the host's index (the real Lucene index) and makes them visible, keeping its outbox position.</summary>
    public static async Task IndexAsync(MarketplaceHost host, params SearchDocument[] documents)
    {
        var index = host.Services.GetRequiredService<ISearchIndex>();
        index.Upsert(documents);
        await index.CommitAsync(index.CommittedPosition);
    }

    public static SearchDocument Document(SearchType type, string id, string title, string body, string? region = null, string access = SearchAccess.Public) => new()
    {
        Type = type,
        Id = id,
        Title = title,
        Body = body,
        Url = type switch
        {
            SearchType.App => $"/katalog/{id}",
            SearchType.Region => $"/wilayah/{id}",
            _ => $"/forum/t/{id}/uji",
        },
        RegionCode = region,
        RegionName = region switch { "33.74" => "Kota Semarang", "16.71" => "Kota Palembang", "61.72" => "Kota Singkawang", _ => null },
        ProvinceCode = region is { Length: > 2 } && !region.StartsWith("00", StringComparison.Ordinal) ? region[..2] : null,
        Date = DateTimeOffset.UtcNow,
        Access = access,
    };

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

/// <summary>Applications written through the site, and how the tests wait for the index to hold them.</summary>
public static class SearchApps
{
    /// <summary>
    /// Makes the index hold the application <paramref name="slug"/> as the database has it. Until the outbox indexer
    /// exists this writes its document from the database row; the indexer will make this a wait.
    /// </summary>
    public static async Task IndexedAsync(MarketplaceHost host, string slug)
    {
        var app = await host.QueryAsync(db => db.Apps.SingleAsync(a => a.Slug == slug));
        await SearchFlows.IndexAsync(host, new SearchDocument
        {
            Type = SearchType.App,
            Id = app.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = app.Name,
            Summary = app.Summary,
            Body = app.Description,
            Url = "/katalog/" + app.Slug,
            RegionCode = app.OwnerRegionCode,
            RegionName = app.OwnerRegionCode switch { "33.74" => "Kota Semarang", "16.71" => "Kota Palembang", "61.72" => "Kota Singkawang", _ => null },
            ProvinceCode = app.OwnerRegionCode[..2],
            Date = app.UpdatedAt,
            Access = app.Status == Marketplace.Web.Features.Catalog.AppStatus.Draft ? SearchAccess.Region(app.OwnerRegionCode) : SearchAccess.Public,
        });
    }
}
