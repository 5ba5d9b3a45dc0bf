using System.Globalization;
using Marketplace.Web.Features.Regions;

namespace Marketplace.Web.Features.Search;

/// <summary>The search's query string as received by the page and the API, before checking. Numbers stay text so "abc" is named like any other bad value.</summary>
public sealed record RawSearchQuery(
    string? Q = null, string? Type = null, string? Province = null, string? Region = null, string? Category = null,
    string? License = null, string? Maturity = null, string? Sort = null, string? Page = null, string? PageSize = null);

/// <summary>Why a parameter's value cannot be used.</summary>
public enum SearchProblem
{
    /// <summary>Not one of the values the parameter takes (an unknown type, province or region).</summary>
    Unknown,
    TooLong,
    NotANumber,
    OutOfRange,
}

/// <summary>One refused parameter: its query-string name, the value as sent (cut short for display) and why.</summary>
public sealed record SearchParameterError(string Parameter, string Value, SearchProblem Problem);

/// <summary>
/// Turns the query string into a <see cref="SearchRequest"/>. Each value that cannot be used is reported, never guessed:
/// the page names it and searches without it, the API answers 400 naming it.
/// </summary>
public static class SearchQuery
{
    public const int MaxTextLength = 500;
    public const int MaxValueLength = 100;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;

    /// <summary>Lucene pages by collecting everything before the page: deep pages cost, and nobody reads page 500.</summary>
    public const int MaxPage = 500;

    /// <summary>The maturity values as the index holds them (publiccode developmentStatus, lower-case).</summary>
    public static IReadOnlyList<string> Maturities { get; } = ["concept", "development", "beta", "stable", "obsolete"];

    public static SearchRequest Parse(RawSearchQuery raw, RegionSnapshot regions, out IReadOnlyList<SearchParameterError> errors)
    {
        var found = new List<SearchParameterError>();
        var request = new SearchRequest();

        if (Clean(raw.Q) is { } text)
        {
            request = text.Length <= MaxTextLength ? request with { Text = text } : Refuse(request, found, "q", text, SearchProblem.TooLong);
        }

        if (Clean(raw.Type) is { } type)
        {
            request = SearchKeys.TryParseType(type.ToLowerInvariant(), out var value) ? request with { Type = value } : Refuse(request, found, "type", type, SearchProblem.Unknown);
        }

        if (Clean(raw.Province) is { } province)
        {
            request = regions.Find(province) is { Kind: RegionKind.Province } ? request with { Province = province } : Refuse(request, found, "province", province, SearchProblem.Unknown);
        }

        if (Clean(raw.Region) is { } region)
        {
            // Any known code: a province owns applications too (GRMS Jawa Tengah belongs to "33" itself).
            request = regions.Find(region) is not null ? request with { Region = region } : Refuse(request, found, "region", region, SearchProblem.Unknown);
        }

        request = Bounded(request, found, "category", raw.Category, (r, v) => r with { Category = v });
        request = Bounded(request, found, "license", raw.License, (r, v) => r with { License = v });

        if (Clean(raw.Maturity) is { } maturity)
        {
            var lower = maturity.ToLowerInvariant();
            request = Maturities.Contains(lower) ? request with { Maturity = lower } : Refuse(request, found, "maturity", maturity, SearchProblem.Unknown);
        }

        if (Clean(raw.Sort) is { } sort)
        {
            request = sort.ToLowerInvariant() switch
            {
                "relevansi" or "relevance" => request with { Sort = SearchSort.Relevance },
                "terbaru" or "date" or "newest" => request with { Sort = SearchSort.Date },
                _ => Refuse(request, found, "sort", sort, SearchProblem.Unknown),
            };
        }

        request = Number(request, found, "page", raw.Page, 1, MaxPage, (r, v) => r with { Page = v });
        request = Number(request, found, "pageSize", raw.PageSize, 1, MaxPageSize, (r, v) => r with { PageSize = v });
        errors = found;
        return request;
    }

    /// <summary>The value the page and the API use for <paramref name="sort"/> in links ("terbaru").</summary>
    public static string SortName(SearchSort sort) => sort == SearchSort.Date ? "terbaru" : "relevansi";

    private static SearchRequest Bounded(SearchRequest request, List<SearchParameterError> errors, string name, string? raw, Func<SearchRequest, string, SearchRequest> apply) =>
        Clean(raw) is not { } value ? request
        : value.Length <= MaxValueLength ? apply(request, value)
        : Refuse(request, errors, name, value, SearchProblem.TooLong);

    private static SearchRequest Number(
        SearchRequest request, List<SearchParameterError> errors, string name, string? raw, int min, int max, Func<SearchRequest, int, SearchRequest> apply)
    {
        if (Clean(raw) is not { } text)
        {
            return request;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return Refuse(request, errors, name, text, SearchProblem.NotANumber);
        }

        return number >= min && number <= max ? apply(request, (int)number) : Refuse(request, errors, name, text, SearchProblem.OutOfRange);
    }

    private static SearchRequest Refuse(SearchRequest request, List<SearchParameterError> errors, string name, string value, SearchProblem problem)
    {
        // A refused 5,000-character value is named, not echoed whole.
        errors.Add(new SearchParameterError(name, value.Length > 60 ? value[..60] + "…" : value, problem));
        return request;
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
