using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Marketplace.Web.Features.Search;

/// <summary>
/// The search page's own addresses: the current search with one filter added or removed, another sort or page.
/// Only values the page accepted are carried on, so a refused value disappears from every link.
/// </summary>
public sealed class SearchLinks(SearchRequest request)
{
    public const string Path = "/cari";

    private Dictionary<string, string?> Current()
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        Put(values, "q", request.Text.Length > 0 ? request.Text : null);
        Put(values, SearchFacets.Type, request.Type is { } type ? SearchKeys.Name(type) : null);
        Put(values, SearchFacets.Province, request.Province);
        Put(values, SearchFacets.Region, request.Region);
        Put(values, SearchFacets.Category, request.Category);
        Put(values, SearchFacets.License, request.License);
        Put(values, SearchFacets.Maturity, request.Maturity);
        Put(values, "sort", request.Sort == SearchSort.Relevance ? null : SearchQuery.SortName(request.Sort));
        return values;
    }

    /// <summary>The current search with <paramref name="facet"/> set to <paramref name="value"/>, from the first page.</summary>
    public string With(string facet, string value)
    {
        var values = Current();
        values[facet] = value;
        return Build(values);
    }

    public string Without(string facet)
    {
        var values = Current();
        values.Remove(facet);
        return Build(values);
    }

    /// <summary>Only the text, every filter removed.</summary>
    public string TextOnly() => Build(new Dictionary<string, string?> { ["q"] = request.Text });

    public static string ForText(string text) => QueryHelpers.AddQueryString(Path, "q", text);

    public string Sorted(SearchSort sort)
    {
        var values = Current();
        values["sort"] = SearchQuery.SortName(sort);
        return Build(values);
    }

    /// <summary>"halaman", not "page": Razor Pages reserves the route value "page" for the page's own path.</summary>
    public string Page(int page)
    {
        var values = Current();
        if (page > 1)
        {
            values["halaman"] = page.ToString(CultureInfo.InvariantCulture);
        }

        return Build(values);
    }

    public bool IsActive(string facet, string value) => Current().TryGetValue(facet, out var current) && current == value;

    private static void Put(Dictionary<string, string?> values, string name, string? value)
    {
        if (value is not null)
        {
            values[name] = value;
        }
    }

    private static string Build(Dictionary<string, string?> values) =>
        QueryHelpers.AddQueryString(Path, values.Where(v => !string.IsNullOrEmpty(v.Value)));
}
