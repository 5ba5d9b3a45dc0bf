using System.ComponentModel;
using System.Text.Json.Serialization;
using Marketplace.Web.Features.Catalog.Api;

namespace Marketplace.Web.Features.Search.Api;

/// <summary>One page of search results with the facet counts of the whole result.</summary>
public sealed record SearchResponse(
    [property: Description("Matches found; with totalIsLowerBound, at least this many.")] int Total,
    [property: Description("Time the index took, in milliseconds.")] double TookMs,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHitResponse> Hits,
    [property: Description("Facet name (type, province, region, category, license, maturity) to its values, most frequent first.")]
    IReadOnlyDictionary<string, IReadOnlyList<FacetResponse>> Facets,
    [property: Description("A near spelling that finds more, or null.")] string? Suggestion,
    [property: Description("True when words without any match were searched by their near spellings (the hits are for the suggestion).")] bool CorrectedTypos,
    [property: Description("True when counting stopped at total (10,000): there are at least that many matches, and the facet counts are those of the first ones only.")]
    bool TotalIsLowerBound);

public sealed record SearchHitResponse(
    [property: Description("app, release, thread, post, practice or region.")] string Type,
    [property: Description("The thing's id: a database id, or a region's code.")] string Id,
    string Title,
    [property: Description("Site-relative address of the thing.")] string Url,
    [property: Description("HTML: the text is encoded and the matched words are in <mark>.")] string Snippet,
    [property: Description("The region the thing belongs to; null when none.")] RegionRef? Region,
    DateTimeOffset Date);

public sealed record FacetResponse(
    string Value,
    int Count,
    [property: Description("The region's name, for province and region values.")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null);
