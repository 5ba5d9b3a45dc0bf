using Marketplace.Web.Features.Regions;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Search;

/// <summary>
/// The words the search page shows for codes: type and maturity names, facet headings, region names for province
/// and region codes, and why a parameter was refused. Literal keys, so the localization test sees every one.
/// </summary>
public sealed class SearchLabels(IStringLocalizer<SearchText> text, RegionSnapshot regions)
{
    public string Type(SearchType type) => type switch
    {
        SearchType.App => text["Type.App"],
        SearchType.Release => text["Type.Release"],
        SearchType.Thread => text["Type.Thread"],
        SearchType.Post => text["Type.Post"],
        SearchType.Practice => text["Type.Practice"],
        SearchType.Region => text["Type.Region"],
        _ => type.ToString(),
    };

    public string Facet(string facet) => facet switch
    {
        SearchFacets.Type => text["Facet.Type"],
        SearchFacets.Province => text["Facet.Province"],
        SearchFacets.Region => text["Facet.Region"],
        SearchFacets.Category => text["Facet.Category"],
        SearchFacets.License => text["Facet.License"],
        SearchFacets.Maturity => text["Facet.Maturity"],
        _ => facet,
    };

    /// <summary>How a facet value reads: a region's name for a code, a type's or maturity's name, else the value itself.</summary>
    public string Value(string facet, string value) => facet switch
    {
        SearchFacets.Type => SearchKeys.TryParseType(value, out var type) ? Type(type) : value,
        SearchFacets.Province or SearchFacets.Region => RegionName(value),
        SearchFacets.Maturity => Maturity(value),
        _ => value,
    };

    public string RegionName(string code) => regions.Find(code)?.Name ?? code;

    public string Maturity(string value) => value switch
    {
        "concept" => text["Maturity.Concept"],
        "development" => text["Maturity.Development"],
        "beta" => text["Maturity.Beta"],
        "stable" => text["Maturity.Stable"],
        "obsolete" => text["Maturity.Obsolete"],
        _ => value,
    };

    /// <summary>The page's sentence for a refused parameter, naming it as the visitor sees it (Indonesian first).</summary>
    public string Problem(SearchParameterError error)
    {
        var name = Parameter(error.Parameter);
        return error.Problem switch
        {
            SearchProblem.TooLong when error.Parameter == "q" => text["Invalid.QueryTooLong", SearchQuery.MaxTextLength],
            SearchProblem.TooLong => text["Invalid.TooLong", name, SearchQuery.MaxValueLength],
            SearchProblem.NotANumber => text["Invalid.NotANumber", name, error.Value],
            SearchProblem.OutOfRange when error.Parameter == "page" => text["Invalid.PageRange", error.Value, SearchQuery.MaxPage],
            SearchProblem.OutOfRange => text["Invalid.OutOfRange", name, error.Value],
            _ => text["Invalid.Unknown", name, error.Value],
        };
    }

    private string Parameter(string parameter) => parameter switch
    {
        "q" => text["Search.Query"],
        "sort" => text["Search.Sort"],
        "page" => text["Search.Page"],
        "pageSize" => text["Search.PageSize"],
        _ => Facet(parameter),
    };
}
