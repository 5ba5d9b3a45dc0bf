using Marketplace.Web.Features.Search;
using Microsoft.Extensions.Options;

namespace SearchScale;

/// <summary>
/// The platform's own index, opened on the folder that the <c>reindex</c> verb built from the same database (so its
/// "load" is only opening it), asked through <see cref="ISearchIndex.Search"/> exactly as the search page asks it.
/// With <paramref name="exhaustive"/>, the same index asked the way it searched before bounded counting
/// (<see cref="SearchRequest.Exhaustive"/>), so that before and after are measured in one run on one index.
/// </summary>
internal sealed class LuceneEngine(LuceneSearchIndex index, bool exhaustive, bool ownsIndex) : IScaleEngine
{
    public string Name => exhaustive ? "Lucene (exhaustive, before)" : "Lucene";

    public string Setup => exhaustive
        ? "the same index, every match scored, counted and faceted (SearchRequest.Exhaustive: the behaviour before bounded counting)"
        : "the platform's LuceneSearchIndex (Indonesian analysis, synonyms, BM25, snippets with <mark>, facets from doc values), built by `reindex`";

    public static LuceneSearchIndex OpenIndex(string dataFolder) =>
        new(Path.Combine(dataFolder, SearchRegistration.FolderName), Options.Create(new SearchOptions()));

    public Task<int> LoadAsync(IEnumerable<ScaleDocument> documents) => Task.FromResult(index.DocumentCount);

    public ScaleAnswer Search(ScaleQuery query)
    {
        var results = index.Search(new SearchRequest
        {
            Text = query.Text,
            Province = query.Province,
            WithFacets = query.WithFacets,
            PageSize = 20,
            Viewer = SearchViewer.Anonymous,
            Exhaustive = exhaustive,
        });
        return new ScaleAnswer(results.Total, [.. results.Hits.Select(h => SearchKeys.For(h.Type, h.Id))], results.Facets.Values.Sum(v => v.Count))
        {
            IsLowerBound = results.TotalIsLowerBound,
        };
    }

    public ValueTask DisposeAsync()
    {
        if (ownsIndex)
        {
            index.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
