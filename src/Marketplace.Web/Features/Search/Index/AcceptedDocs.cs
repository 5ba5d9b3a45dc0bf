using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// The documents of one segment a search may match: not deleted, visible to the viewer and passing the filters given
/// here, read from the per-segment arrays (<see cref="SegmentAccess"/>, <see cref="SegmentFacetOrds"/>). Lucene checks it
/// for each candidate in the posting lists, as it checks deletions, so the filters cost an array read per candidate
/// instead of a join with posting lists as long as the index.
/// </summary>
internal sealed class AcceptedDocs : IBits
{
    private readonly IBits? _live;
    private readonly int[]? _access;
    private readonly bool[]? _allowed;
    private readonly int[][] _singleOrds;
    private readonly int[] _singleWanted;
    private readonly int[]? _multiOrds;
    private readonly int[] _multiStarts;
    private readonly int _multiWanted;

    private AcceptedDocs(AtomicReader reader, bool[]? allowed, int[][] singleOrds, int[] singleWanted, int[]? multiOrds, int[] multiStarts, int multiWanted)
    {
        _live = reader.LiveDocs;
        Length = reader.MaxDoc;
        _access = allowed is null ? null : SegmentAccess.For(reader).Ords;
        _allowed = allowed;
        _singleOrds = singleOrds;
        _singleWanted = singleWanted;
        _multiOrds = multiOrds;
        _multiStarts = multiStarts;
        _multiWanted = multiWanted;
    }

    public int Length { get; }

    /// <summary>
    /// The accepted documents of a segment for a viewer allowed <paramref name="accessTerms"/> (null: everything) and the
    /// <paramref name="filters"/>; null when nothing needs checking (no deletions, no restriction); <see cref="None"/>
    /// when a filter's value is not in the segment at all.
    /// </summary>
    public static IBits? For(AtomicReader reader, IReadOnlySet<string>? accessTerms, IReadOnlyList<ActiveFilter> filters)
    {
        bool[]? allowed = null;
        if (accessTerms is not null)
        {
            allowed = SegmentAccess.For(reader).Allowed(accessTerms);
            if (!allowed.Contains(true))
            {
                return None;
            }
        }

        var singleOrds = new List<int[]>();
        var singleWanted = new List<int>();
        int[]? multiOrds = null;
        var multiWanted = -1;
        if (filters.Count > 0)
        {
            var facets = SegmentFacetOrds.For(reader);
            foreach (var filter in filters)
            {
                var f = Array.FindIndex(FacetFields.All, x => x.Facet == filter.Facet);
                if (!facets.Lookup[f].TryGetValue(filter.Value, out var wanted))
                {
                    return None;
                }

                if (FacetFields.All[f].Multi)
                {
                    multiOrds = facets.Ords[f];
                    multiWanted = wanted;
                }
                else
                {
                    singleOrds.Add(facets.Ords[f]);
                    singleWanted.Add(wanted);
                }
            }

            return new AcceptedDocs(reader, allowed, [.. singleOrds], [.. singleWanted], multiOrds, facets.MultiStarts, multiWanted);
        }

        return allowed is null ? reader.LiveDocs : new AcceptedDocs(reader, allowed, [], [], null, [], -1);
    }

    /// <summary>No document at all (a filter value the segment does not hold, or no access term the viewer may see).</summary>
    public static IBits None { get; } = new Bits.MatchNoBits(0);

    public bool Get(int index)
    {
        if (_live is not null && !_live.Get(index))
        {
            return false;
        }

        if (_access is not null)
        {
            var ord = _access[index];
            if (ord < 0 || !_allowed![ord])
            {
                return false;
            }
        }

        for (var i = 0; i < _singleOrds.Length; i++)
        {
            if (_singleOrds[i][index] != _singleWanted[i])
            {
                return false;
            }
        }

        if (_multiOrds is not null)
        {
            for (var i = _multiStarts[index]; i < _multiStarts[index + 1]; i++)
            {
                if (_multiOrds[i] == _multiWanted)
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }
}
