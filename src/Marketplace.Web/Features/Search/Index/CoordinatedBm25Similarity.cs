using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// BM25, plus the classic coordination factor for the one boolean query that holds the parts of what a person typed:
/// a document matching three of four words scores 3/4 of its BM25 sum, so it ranks above one that matches a single rare
/// word many times. Every inner boolean query (fields, synonyms, filters) is built with coordination disabled.
/// </summary>
internal sealed class CoordinatedBm25Similarity : BM25Similarity
{
    public static CoordinatedBm25Similarity Instance { get; } = new();

    public override float Coord(int overlap, int maxOverlap) => maxOverlap <= 1 ? 1f : overlap / (float)maxOverlap;
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
