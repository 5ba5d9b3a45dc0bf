using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// Who may see each document of one segment, as an array: the ordinal of its access term ("public", "members",
/// "region:16.71") per document. A search checks it as the segment's accepted documents, beside the deletions, instead of
/// joining the query with an access query: the join advanced a second posting list as long as the index for every match,
/// a fifth of the cost of a one-word search. Built once per segment on refresh, like <see cref="SegmentFacetOrds"/>.
/// </summary>
internal sealed class SegmentAccess
{
    private static readonly ConditionalWeakTable<object, SegmentAccess> _cache = [];

    private SegmentAccess(AtomicReader reader)
    {
        Ords = new int[reader.MaxDoc];
        Array.Fill(Ords, -1);
        var values = new List<string>();
        if (reader.GetTerms(SearchFields.Access) is { } terms)
        {
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                var ord = values.Count;
                values.Add(termsEnum.Term.Utf8ToString());
                docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    Ords[doc] = ord;
                }
            }
        }

        Values = values;
    }

    /// <summary>The ordinal of each document's access term; -1 for none.</summary>
    public int[] Ords { get; }

    /// <summary>The text of each ordinal.</summary>
    public IReadOnlyList<string> Values { get; }

    public static SegmentAccess For(AtomicReader reader) => _cache.GetValue(reader.CoreCacheKey, _ => new SegmentAccess(reader));

    /// <summary>Per ordinal, whether a viewer allowed <paramref name="terms"/> sees it.</summary>
    public bool[] Allowed(IReadOnlySet<string> terms) => [.. Values.Select(terms.Contains)];
}
