using Marketplace.Testing.Relevance;

namespace SearchBaselines;

/// <summary>An engine a team might pick instead of Lucene, loaded with the judged corpus and asked each judged query.</summary>
internal interface ISearchBaseline : IAsyncDisposable
{
    /// <summary>Short name for the tables ("SQLite FTS5").</summary>
    string Name { get; }

    /// <summary>What exactly was configured (tokenizer, weights, ranking), printed with the results.</summary>
    string Setup { get; }

    Task LoadAsync(IReadOnlyList<JudgedDocument> documents);

    /// <summary>Ids of the best matches admitted by the query's filters, best first (at most <paramref name="limit"/>).</summary>
    IReadOnlyList<string> Search(JudgedQuery query, int limit);
}
