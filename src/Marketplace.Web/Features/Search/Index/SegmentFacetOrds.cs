using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// The facet values of one index segment as plain arrays: for every document the ordinal of its type, province, region,
/// license and maturity, and its categories, with each ordinal's text. Lucene.NET's doc values cost tens of nanoseconds
/// a read, which made facet counting over a broad query cost more than the search; an array read is one. Segments never
/// change (deletions do not move values), so the arrays are built once per segment, when a new searcher is made
/// (<see cref="Bm25SearcherFactory"/>, on the indexer's refresh, not in a search), and dropped with the segment.
/// </summary>
internal sealed class SegmentFacetOrds
{
    private static readonly ConditionalWeakTable<object, SegmentFacetOrds> _cache = [];

    private SegmentFacetOrds(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        Ords = new int[FacetFields.All.Length][];
        Values = new string[FacetFields.All.Length][];
        Lookup = new Dictionary<string, int>[FacetFields.All.Length];
        var bytes = new BytesRef();
        for (var f = 0; f < FacetFields.All.Length; f++)
        {
            var (_, field, multi) = FacetFields.All[f];
            if (multi)
            {
                var values = reader.GetSortedSetDocValues(field);
                Values[f] = values is null ? [] : [.. Enumerable.Range(0, (int)values.ValueCount).Select(o => { values.LookupOrd(o, bytes); return bytes.Utf8ToString(); })];
                var starts = new int[maxDoc + 1];
                var ords = new List<int>();
                for (var doc = 0; doc < maxDoc; doc++)
                {
                    starts[doc] = ords.Count;
                    if (values is null)
                    {
                        continue;
                    }

                    values.SetDocument(doc);
                    for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                    {
                        ords.Add((int)ord);
                    }
                }

                starts[maxDoc] = ords.Count;
                MultiStarts = starts;
                Ords[f] = [.. ords];
            }
            else
            {
                var values = reader.GetSortedDocValues(field);
                Values[f] = values is null ? [] : [.. Enumerable.Range(0, values.ValueCount).Select(o => { values.LookupOrd(o, bytes); return bytes.Utf8ToString(); })];
                var ords = new int[maxDoc];
                for (var doc = 0; doc < maxDoc; doc++)
                {
                    ords[doc] = values?.GetOrd(doc) ?? -1;
                }

                Ords[f] = ords;
            }

            Lookup[f] = Values[f].Select((value, ord) => (value, ord)).ToDictionary(x => x.value, x => x.ord, StringComparer.Ordinal);
        }
    }

    /// <summary>Per facet: single-valued, the ordinal of each document (-1: none); multi-valued, all ordinals by <see cref="MultiStarts"/>.</summary>
    public int[][] Ords { get; }

    /// <summary>For the multi-valued facet: document d's ordinals are Ords[f][MultiStarts[d]..MultiStarts[d + 1]].</summary>
    public int[] MultiStarts { get; } = [];

    /// <summary>Per facet, the text of each ordinal.</summary>
    public string[][] Values { get; }

    /// <summary>Per facet, the ordinal of each text.</summary>
    public Dictionary<string, int>[] Lookup { get; }

    public static SegmentFacetOrds For(AtomicReader reader) => _cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacetOrds(reader));
}

/// <summary>The facets and their fields, in the order facet arrays use.</summary>
internal static class FacetFields
{
    public static (string Facet, string Field, bool Multi)[] All { get; } =
    [
        (SearchFacets.Type, SearchFields.Type, false),
        (SearchFacets.Province, SearchFields.Province, false),
        (SearchFacets.Region, SearchFields.Region, false),
        (SearchFacets.Category, SearchFields.Category, true),
        (SearchFacets.License, SearchFields.License, false),
        (SearchFacets.Maturity, SearchFields.Maturity, false),
    ];
}
