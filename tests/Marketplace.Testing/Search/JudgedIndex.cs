using Marketplace.Testing.Relevance;
using Marketplace.Web.Features.Search;

namespace Marketplace.Testing.Search;

/// <summary>
/// The judged relevance corpus loaded into the real search index, mapped the way the indexer maps the platform's
/// content; shared by the index's tests and the Lucene column of bench/search/SearchBaselines.
/// </summary>
public static class JudgedIndex
{
    private static readonly DateTimeOffset _date = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task LoadAsync(ISearchIndex index, JudgedSet set)
    {
        index.Upsert(set.Documents.Select(d => ToSearchDocument(d, set)));
        await index.CommitAsync(1);
    }

    public static SearchDocument ToSearchDocument(JudgedDocument document, JudgedSet set)
    {
        var (typeName, id) = (document.Id[..document.Id.IndexOf(':', StringComparison.Ordinal)], document.Id[(document.Id.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        if (!SearchKeys.TryParseType(typeName, out var type))
        {
            throw new InvalidOperationException($"Unknown judged type {typeName}.");
        }

        // A post has no title of its own; the index shows its thread's, but does not search it (SearchDocument.TitleIsSearched).
        var title = document.Type == "post" && document.Thread is not null ? set.Find(document.Thread)?.Title ?? "" : document.Title;
        return new SearchDocument
        {
            Type = type,
            Id = id,
            Title = title,
            TitleIsSearched = document.Type != "post",
            Summary = document.Summary ?? "",
            Body = document.Body,
            Url = "/" + typeName + "/" + id,
            RegionCode = document.Region,
            RegionName = document.Region,
            ProvinceCode = document.Province,
            Categories = document.Category is null ? [] : [document.Category],
            License = document.License,
            Maturity = document.Maturity,
            Date = _date,
        };
    }

    /// <summary>The judged query as a search request (the relevance order, no facets: what the judged set measures).</summary>
    public static SearchRequest ToRequest(JudgedQuery query, int pageSize = 10) => new()
    {
        Text = query.Text,
        Type = query.Filters.Type is { } type && SearchKeys.TryParseType(type, out var parsed) ? parsed : null,
        Province = query.Filters.Province,
        Region = query.Filters.Region,
        PageSize = pageSize,
        WithFacets = false,
    };

    public static IReadOnlyList<string> Ranked(SearchResults results) =>
        [.. results.Hits.Select(h => SearchKeys.For(h.Type, h.Id))];
}
