using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// BM25, plus the classic coordination factor for the one boolean query that holds the parts of what a person typed:
/// a document matching three of four words scores 3/4 of its BM25 sum, so it ranks above one that matches a single rare
/// word many times. Every inner boolean query (fields, synonyms, filters) is built with coordination disabled.
/// The collection size in idf and the average field length count the documents that have the field, as BM25 has in
/// Lucene since 6.0, not every document of the index (Lucene 4.8): a field only some types fill (summaries, a reply
/// has no searched title) would otherwise look short and rare because of the documents that lack it.
/// </summary>
internal sealed class CoordinatedBm25Similarity : BM25Similarity
{
    public static CoordinatedBm25Similarity Instance { get; } = new();

    public override float Coord(int overlap, int maxOverlap) => maxOverlap <= 1 ? 1f : overlap / (float)maxOverlap;

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var documents = WithField(collectionStats);
        var idf = Idf(termStats.DocFreq, documents);
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, docCount={documents})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var documents = WithField(collectionStats);
        var explanation = new Explanation { Description = "idf(), sum of:" };
        var sum = 0f;
        foreach (var term in termStats)
        {
            var idf = Idf(term.DocFreq, documents);
            explanation.AddDetail(new Explanation(idf, $"idf(docFreq={term.DocFreq}, docCount={documents})"));
            sum += idf;
        }

        explanation.Value = sum;
        return explanation;
    }

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var total = collectionStats.SumTotalTermFreq;
        return total <= 0 ? 1f : (float)(total / (double)WithField(collectionStats));
    }

    // -1 when the codec does not keep it; then every document counts, as before.
    private static long WithField(CollectionStatistics statistics) => statistics.DocCount > 0 ? statistics.DocCount : statistics.MaxDoc;
}

/// <summary>
/// Gives every searcher the similarity the writer used, so norms are read as they were written, and builds the facet
/// and access arrays of new segments here, on the refresh that makes them visible, so no search pays for it.
/// </summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            SegmentFacetOrds.For(leaf.AtomicReader);
            SegmentAccess.For(leaf.AtomicReader);
        }

        return new IndexSearcher(reader) { Similarity = CoordinatedBm25Similarity.Instance };
    }
}
