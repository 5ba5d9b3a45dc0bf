using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// Counts every facet in one pass over the documents that match the text and the viewer's access, reading each
/// segment's facet ordinals (<see cref="SegmentFacetOrds"/>). The request's filters are applied here instead of in the
/// query, the "drill sideways" way: a document that passes every filter is a hit (passed on to the top-documents
/// collector) and counts for every facet; a document that fails exactly one filter counts only for that filter's facet.
/// So choosing a province still shows the other provinces' counts, each facet counted within all the other filters.
/// With a bound, the search ends once that many hits are counted: the facets are then those of the first hits only.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    public const int MaxValuesPerFacet = 20;

    private static readonly int _facetCount = FacetFields.All.Length;

    private readonly ICollector? _hits;
    private readonly ActiveFilter[] _filters;
    private readonly int[] _filterFacet;
    private readonly int[] _filterOrds;
    private readonly Dictionary<string, int>[] _totals = [.. FacetFields.All.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private readonly int[][] _segmentCounts = new int[_facetCount][];
    private readonly int _bound;
    private SegmentFacetOrds? _segment;

    public FacetCollector(IReadOnlyList<ActiveFilter> filters, ICollector? hits, int bound = int.MaxValue)
    {
        _hits = hits;
        _bound = bound;
        _filters = [.. filters];
        _filterFacet = [.. _filters.Select(f => Array.FindIndex(FacetFields.All, x => x.Facet == f.Facet))];
        _filterOrds = new int[_filters.Length];
    }

    /// <summary>Documents passing every filter: exact, or the bound when <see cref="Bounded"/>.</summary>
    public int TotalHits { get; private set; }

    /// <summary>True when counting ended at the bound, with more hits left uncounted.</summary>
    public bool Bounded { get; private set; }

    public bool AcceptsDocsOutOfOrder => _hits?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => _hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = SegmentFacetOrds.For(context.AtomicReader);
        for (var f = 0; f < _facetCount; f++)
        {
            _segmentCounts[f] = new int[_segment.Values[f].Length];
        }

        for (var i = 0; i < _filters.Length; i++)
        {
            _filterOrds[i] = _segment.Lookup[_filterFacet[i]].GetValueOrDefault(_filters[i].Value, -1);
        }

        _hits?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var failedFacet = -1;
        for (var i = 0; i < _filters.Length; i++)
        {
            if (!Passes(i, doc))
            {
                if (failedFacet >= 0)
                {
                    return;
                }

                failedFacet = _filterFacet[i];
            }
        }

        if (failedFacet >= 0)
        {
            Count(failedFacet, doc);
            return;
        }

        if (TotalHits == _bound)
        {
            Bounded = true;
            throw new CollectionTerminatedException();
        }

        TotalHits++;
        _hits?.Collect(doc);
        for (var f = 0; f < _facetCount; f++)
        {
            Count(f, doc);
        }
    }

    /// <summary>Each facet's values, most frequent first (then by value), at most <see cref="MaxValuesPerFacet"/>; a chosen filter value is always listed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        FlushSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var f = 0; f < _facetCount; f++)
        {
            var values = _totals[f]
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new FacetCount(kv.Key, kv.Value))
                .ToList();
            var top = values.Take(MaxValuesPerFacet).ToList();
            foreach (var filter in _filters.Where(x => x.Facet == FacetFields.All[f].Facet))
            {
                if (top.All(v => v.Value != filter.Value) && values.FirstOrDefault(v => v.Value == filter.Value) is { } chosen)
                {
                    top.Add(chosen);
                }
            }

            result[FacetFields.All[f].Facet] = top;
        }

        return result;
    }

    private bool Passes(int filter, int doc)
    {
        var wanted = _filterOrds[filter];
        if (wanted < 0)
        {
            return false;
        }

        var f = _filterFacet[filter];
        var ords = _segment!.Ords[f];
        if (!FacetFields.All[f].Multi)
        {
            return ords[doc] == wanted;
        }

        var starts = _segment.MultiStarts;
        for (var i = starts[doc]; i < starts[doc + 1]; i++)
        {
            if (ords[i] == wanted)
            {
                return true;
            }
        }

        return false;
    }

    private void Count(int f, int doc)
    {
        var ords = _segment!.Ords[f];
        var counts = _segmentCounts[f];
        if (!FacetFields.All[f].Multi)
        {
            var ord = ords[doc];
            if (ord >= 0)
            {
                counts[ord]++;
            }

            return;
        }

        var starts = _segment.MultiStarts;
        for (var i = starts[doc]; i < starts[doc + 1]; i++)
        {
            counts[ords[i]]++;
        }
    }

    private void FlushSegment()
    {
        if (_segment is null)
        {
            return;
        }

        for (var f = 0; f < _facetCount; f++)
        {
            var counts = _segmentCounts[f];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    var value = _segment.Values[f][ord];
                    _totals[f][value] = _totals[f].GetValueOrDefault(value) + counts[ord];
                }
            }
        }

        _segment = null;
    }
}
