using Marketplace.Web.Features.Search;
using Microsoft.Extensions.Options;

namespace SearchScale;

/// <summary>
/// The platform's own index, opened on the folder that the <c>reindex</c> verb built from the same database (so its
/// "load" is only opening it), asked through <see cref="ISearchIndex.Search"/> exactly as the search page asks it.
/// </summary>
internal sealed class LuceneEngine(LuceneSearchIndex index) : IScaleEngine
{
    public string Name => "Lucene";

    public string Setup => "the platform's LuceneSearchIndex (Indonesian analysis, synonyms, BM25, snippets with <mark>, facets from doc values), built by `reindex`";

    public static LuceneEngine Open(string dataFolder) =>
        new(new LuceneSearchIndex(Path.Combine(dataFolder, SearchRegistration.FolderName), Options.Create(new SearchOptions())));

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
        });
        return new ScaleAnswer(results.Total, [.. results.Hits.Select(h => SearchKeys.For(h.Type, h.Id))], results.Facets.Values.Sum(v => v.Count));
    }

    public ValueTask DisposeAsync()
    {
        index.Dispose();
        return ValueTask.CompletedTask;
    }
}
