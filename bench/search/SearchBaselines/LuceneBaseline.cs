using Marketplace.Testing.Relevance;
using Marketplace.Testing.Search;
using Marketplace.Web.Features.Search;
using Microsoft.Extensions.Options;

namespace SearchBaselines;

/// <summary>
/// The platform's own index (src/Marketplace.Web/Features/Search) in a temporary folder: Indonesian stemming, query-time
/// synonyms, typo correction, BM25 with coordination. Every query goes through <c>Search</c> as the search page sends it
/// (no facets); with <paramref name="similarForDuplicates"/> the duplicate queries go through <c>FindSimilarApps</c>
/// (MoreLikeThis), as the "Aplikasi serupa" warning does.
/// </summary>
internal sealed class LuceneBaseline(bool similarForDuplicates) : ISearchBaseline
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "search-baseline-" + Guid.NewGuid().ToString("N"));
    private LuceneSearchIndex? _index;

    public string Name => similarForDuplicates ? "Lucene (duplicates by MoreLikeThis)" : "Lucene";

    public string Setup => "Lucene.NET 4.8.0-beta00017, NIOFSDirectory; StandardTokenizer, lower case, e- prefix, Indonesian stop words "
        + "and stemmer; title 2 / summary 1.5 / categories 1.5 / body 1 (dis-max, tie 0.3); BM25 with a coordination factor; "
        + "synonyms.txt at query time; fuzzy (1-2 edits) for words no document has; quoted phrases word for word"
        + (similarForDuplicates ? "; duplicates via FindSimilarApps" : "");

    public async Task LoadAsync(IReadOnlyList<JudgedDocument> documents)
    {
        _index = new LuceneSearchIndex(_folder, Options.Create(new SearchOptions()));
        await JudgedIndex.LoadAsync(_index, JudgedSet.Load());
    }

    public IReadOnlyList<string> Search(JudgedQuery query, int limit)
    {
        var index = _index ?? throw new InvalidOperationException("LoadAsync first.");
        if (similarForDuplicates && query.Category == "duplicate")
        {
            return [.. index.FindSimilarApps(new SimilarAppsRequest { Description = query.Text, Max = limit }).Select(a => "app:" + a.Id)];
        }

        return JudgedIndex.Ranked(index.Search(JudgedIndex.ToRequest(query, limit)));
    }

    public ValueTask DisposeAsync()
    {
        _index?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
