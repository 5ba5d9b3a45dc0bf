namespace Marketplace.Web.Features.Search;

/// <summary>
/// The platform's one full-text index (Lucene.NET on local disk, one writer per process). Writes are made visible by
/// <see cref="CommitAsync"/>, which also records how far the outbox has been indexed, in the same Lucene commit, so
/// that after a crash the indexer resumes from what the index really holds.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces documents by <see cref="SearchDocument.Key"/>.</summary>
    void Upsert(IEnumerable<SearchDocument> documents);

    /// <summary>Removes documents by key ("app:42"); unknown keys are ignored.</summary>
    void Delete(IEnumerable<string> keys);

    /// <summary>Removes everything (a full rebuild starts here).</summary>
    void DeleteAll();

    /// <summary>Commits pending writes with the outbox position they reach and refreshes the searchers.</summary>
    Task CommitAsync(long outboxPosition, CancellationToken cancellationToken = default);

    /// <summary>The outbox position of the last commit (0 for a new index).</summary>
    long CommittedPosition { get; }

    /// <summary>Documents in the index as the searchers see it.</summary>
    int DocumentCount { get; }

    /// <summary>
    /// True when the index was written by a version that wrote documents differently (an older or newer
    /// <c>SearchFields.SchemaVersion</c>): only a full rebuild makes it answer as this version searches. A
    /// <see cref="DeleteAll"/> followed by a commit clears it.
    /// </summary>
    bool NeedsRebuild { get; }

    SearchResults Search(SearchRequest request);

    /// <summary>
    /// Puts curators' synonym groups in force beside the committed list (Features/Search/synonyms.txt); each call replaces
    /// the previous extra groups, and an empty list leaves only the committed ones. Synonyms apply when a query is read,
    /// so no reindex is needed. A group is 2 to 20 entries ("e-parkir", "parkir elektronik"); an entry is 1 to 8 words and
    /// at most 80 characters, without double quotes. Throws <see cref="ArgumentException"/> naming the first bad group,
    /// and then changes nothing.
    /// </summary>
    void UseSynonyms(IReadOnlyList<IReadOnlyList<string>> extraGroups);

    /// <summary>Published applications most like the given text (MoreLikeThis over name, summary and description), best first.</summary>
    IReadOnlyList<SimilarApp> FindSimilarApps(SimilarAppsRequest request);
}
