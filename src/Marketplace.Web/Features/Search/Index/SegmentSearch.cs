using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// Runs a query segment by segment the way <see cref="IndexSearcher"/> does, but with the viewer's access and the
/// filters as each segment's accepted documents (<see cref="AcceptedDocs"/>) rather than as clauses of the query. So a
/// query of words alone stays a plain disjunction, which Lucene scores in bulk windows (BooleanScorer) instead of one
/// document at a time through a join; and a collector may end the whole search, not only the segment, by throwing
/// <see cref="CollectionTerminatedException"/> (the bounded counters do).
/// </summary>
internal static class SegmentSearch
{
    /// <summary>Collects every accepted match; false when the collector ended the search early.</summary>
    public static bool Run(IndexSearcher searcher, Query query, ICollector collector, IReadOnlySet<string>? accessTerms, IReadOnlyList<ActiveFilter> filters)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var accepted = AcceptedDocs.For(leaf.AtomicReader, accessTerms, filters);
            if (ReferenceEquals(accepted, AcceptedDocs.None))
            {
                continue;
            }

            collector.SetNextReader(leaf);
            if (weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, accepted) is not { } scorer)
            {
                continue;
            }

            try
            {
                scorer.Score(collector);
            }
            catch (CollectionTerminatedException)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Counts matches and ends the search once there are more than <see cref="Bound"/>.</summary>
internal sealed class BoundedCounter(int bound) : ICollector
{
    public int Bound { get; } = bound;

    /// <summary>Matches counted, at most <see cref="Bound"/> + 1.</summary>
    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(Lucene.Net.Index.AtomicReaderContext context)
    {
    }

    public void Collect(int doc)
    {
        if (++Count > Bound)
        {
            throw new CollectionTerminatedException();
        }
    }
}
