using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// Counts every facet in one pass over the documents that match the text and the viewer's access, reading doc values.
/// The request's filters are applied here instead of in the query, the "drill sideways" way: a document that passes
/// every filter is a hit (passed on to the top-documents collector) and counts for every facet; a document that fails
/// exactly one filter counts only for that filter's facet. So choosing a province still shows the other provinces'
/// counts, each facet counted within all the other filters.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    public const int MaxValuesPerFacet = 20;

    private static readonly (string Facet, string Field, bool Multi)[] _facets =
    [
        (SearchFacets.Type, SearchFields.Type, false),
        (SearchFacets.Province, SearchFields.Province, false),
        (SearchFacets.Region, SearchFields.Region, false),
        (SearchFacets.Category, SearchFields.Category, true),
        (SearchFacets.License, SearchFields.License, false),
        (SearchFacets.Maturity, SearchFields.Maturity, false),
    ];

    private readonly ICollector? _hits;
    private readonly ActiveFilter[] _filters;
    private readonly int[] _filterFacet;
    private readonly Dictionary<string, int>[] _totals = [.. _facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private readonly SortedDocValues?[] _single = new SortedDocValues?[_facets.Length];
    private readonly SortedSetDocValues?[] _multi = new SortedSetDocValues?[_facets.Length];
    private readonly int[][] _segmentCounts = new int[_facets.Length][];
    private readonly long[] _filterOrds;

    public FacetCollector(IReadOnlyList<ActiveFilter> filters, ICollector? hits)
    {
        _hits = hits;
        _filters = [.. filters];
        _filterFacet = [.. _filters.Select(f => Array.FindIndex(_facets, x => x.Facet == f.Facet))];
        _filterOrds = new long[_filters.Length];
    }

    /// <summary>Documents passing every filter (exact).</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => _hits?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => _hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        for (var f = 0; f < _facets.Length; f++)
        {
            _single[f] = _facets[f].Multi ? null : reader.GetSortedDocValues(_facets[f].Field);
            _multi[f] = _facets[f].Multi ? reader.GetSortedSetDocValues(_facets[f].Field) : null;
            var valueCount = _single[f]?.ValueCount ?? (int)(_multi[f]?.ValueCount ?? 0);
            _segmentCounts[f] = valueCount == 0 ? [] : new int[valueCount];
        }

        for (var i = 0; i < _filters.Length; i++)
        {
            var f = _filterFacet[i];
            var value = new BytesRef(_filters[i].Value);
            _filterOrds[i] = _single[f]?.LookupTerm(value) ?? _multi[f]?.LookupTerm(value) ?? -1;
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

        TotalHits++;
        _hits?.Collect(doc);
        for (var f = 0; f < _facets.Length; f++)
        {
            Count(f, doc);
        }
    }

    /// <summary>Each facet's values, most frequent first (then by value), at most <see cref="MaxValuesPerFacet"/>; a chosen filter value is always listed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        FlushSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var f = 0; f < _facets.Length; f++)
        {
            var values = _totals[f]
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new FacetCount(kv.Key, kv.Value))
                .ToList();
            var top = values.Take(MaxValuesPerFacet).ToList();
            foreach (var filter in _filters.Where(x => x.Facet == _facets[f].Facet))
            {
                if (top.All(v => v.Value != filter.Value) && values.FirstOrDefault(v => v.Value == filter.Value) is { } chosen)
                {
                    top.Add(chosen);
                }
            }

            result[_facets[f].Facet] = top;
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
        if (_single[f] is { } single)
        {
            return single.GetOrd(doc) == wanted;
        }

        var multi = _multi[f]!;
        multi.SetDocument(doc);
        for (var ord = multi.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = multi.NextOrd())
        {
            if (ord == wanted)
            {
                return true;
            }
        }

        return false;
    }

    private void Count(int f, int doc)
    {
        if (_single[f] is { } single)
        {
            var ord = single.GetOrd(doc);
            if (ord >= 0)
            {
                _segmentCounts[f][ord]++;
            }
        }
        else if (_multi[f] is { } multi)
        {
            multi.SetDocument(doc);
            for (var ord = multi.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = multi.NextOrd())
            {
                _segmentCounts[f][ord]++;
            }
        }
    }

    private void FlushSegment()
    {
        var bytes = new BytesRef();
        for (var f = 0; f < _facets.Length; f++)
        {
            var counts = _segmentCounts[f];
            for (var ord = 0; counts is not null && ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                if (_single[f] is { } single)
                {
                    single.LookupOrd(ord, bytes);
                }
                else
                {
                    _multi[f]!.LookupOrd(ord, bytes);
                }

                var value = bytes.Utf8ToString();
                _totals[f][value] = _totals[f].GetValueOrDefault(value) + counts[ord];
            }

            _segmentCounts[f] = [];
        }
    }
}
