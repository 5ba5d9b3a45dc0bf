using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>One active filter: a facet name, its field (exact term and doc values) and the value asked for.</summary>
internal sealed record ActiveFilter(string Facet, string Field, string Value, bool MultiValued);

/// <summary>The filters of a request and the viewer's access, as Lucene queries that never affect the score.</summary>
internal static class SearchFilterSet
{
    public static IReadOnlyList<ActiveFilter> From(SearchRequest request)
    {
        var filters = new List<ActiveFilter>();
        Add(SearchFacets.Type, SearchFields.Type, request.Type is { } type ? SearchKeys.Name(type) : null, false);
        Add(SearchFacets.Province, SearchFields.Province, request.Province, false);
        Add(SearchFacets.Region, SearchFields.Region, request.Region, false);
        Add(SearchFacets.Category, SearchFields.Category, request.Category, true);
        Add(SearchFacets.License, SearchFields.License, request.License, false);
        Add(SearchFacets.Maturity, SearchFields.Maturity, request.Maturity, false);
        return filters;

        void Add(string facet, string field, string? value, bool multiValued)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filters.Add(new ActiveFilter(facet, field, value.Trim(), multiValued));
            }
        }
    }

    /// <summary>
    /// What the viewer may see, as the access terms of <see cref="AcceptedDocs"/>: everyone sees public entries; a
    /// signed-in member also members-only ones and the drafts of their own region; Kurator and Administrator see
    /// everything (null: no restriction).
    /// </summary>
    public static IReadOnlySet<string>? AccessTerms(SearchViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.SeesAllRegions)
        {
            return null;
        }

        var terms = new HashSet<string>(StringComparer.Ordinal) { SearchAccess.Public };
        if (viewer.IsSignedIn)
        {
            terms.Add(SearchAccess.Members);
            if (!string.IsNullOrEmpty(viewer.RegionCode))
            {
                terms.Add(SearchAccess.Region(viewer.RegionCode));
            }
        }

        return terms;
    }

    /// <summary>
    /// With two or more filters, documents must pass all but one of them (the facet counts need no others); null when
    /// there is at most one filter (then every document counts for that filter's facet).
    /// </summary>
    public static Query? AllButOne(IReadOnlyList<ActiveFilter> filters)
    {
        if (filters.Count < 2)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = filters.Count - 1 };
        foreach (var filter in filters)
        {
            query.Add(ToQuery(filter), Occur.SHOULD);
        }

        return Unscored(query);
    }

    public static Query ToQuery(ActiveFilter filter) => new TermQuery(new Term(filter.Field, filter.Value));

    /// <summary>A query that must match but adds nothing to the score.</summary>
    public static Query Unscored(Query query) => new ConstantScoreQuery(query) { Boost = 0f };
}
