using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// For a query, per window of <see cref="WindowSize"/> documents of a segment, a score no document of the window can
/// exceed: each term's best in the window (<see cref="TermWindows"/>) scored by the similarity exactly as the query's
/// own weight scores it, then combined as the query combines its parts (a sum with the coordination factor, the
/// disjunction-max with its tie-breaker, a phrase as its rarest word). <see cref="ParallelRanking"/> skips a window whose
/// bound cannot beat the page's last hit, which is most of them: the best documents of a broad query sit in a few
/// windows. A query of a kind not bounded here (none the platform builds) gets no bounds, and every window is searched.
/// </summary>
internal static class ScoreBounds
{
    /// <summary>log2 of <see cref="WindowSize"/>.</summary>
    public const int Shift = 11;

    /// <summary>Documents per window.</summary>
    public const int WindowSize = 1 << Shift;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<Term, TermStatistics>> _statistics = new();

    /// <summary>The bound of a window where the query matches nothing.</summary>
    public const float NoMatch = -1f;

    public static int Window(int doc) => doc >> Shift;

    public static int Windows(int maxDoc) => (maxDoc + WindowSize - 1) >> Shift;

    /// <summary>The query's bounds, made once per search; null when some part of it is of a kind not bounded here.</summary>
    public static Bound? Prepare(IndexSearcher searcher, Query query) => Build(searcher, searcher.Rewrite(query), 1f);

    private static Bound? Build(IndexSearcher searcher, Query query, float boost) => query switch
    {
        TermQuery term => new TermBound(searcher, term.Term, term.Boost, boost),
        PhraseQuery { Slop: 0 } phrase => PhraseBound.Create(searcher, [.. phrase.GetTerms().Select(t => new[] { t })], phrase.Boost, boost),
        MultiPhraseQuery { Slop: 0 } phrase => PhraseBound.Create(searcher, [.. phrase.GetTermArrays()], phrase.Boost, boost),
        BooleanQuery boolean => SumBound.Create(searcher, boolean, boost * boolean.Boost),
        DisjunctionMaxQuery max => MaxBound.Create(searcher, max, boost * max.Boost),
        _ => null,
    };

    /// <summary>
    /// A term's statistics in the searcher's index, as its query's weight reads them; kept with the (point-in-time)
    /// reader, where they cannot change, since looking a term up in every segment again costs as much as the rest.
    /// </summary>
    private static TermStatistics Statistics(IndexSearcher searcher, Term term)
    {
        var kept = _statistics.GetValue(searcher.IndexReader, _ => new ConcurrentDictionary<Term, TermStatistics>());
        if (!kept.TryGetValue(term, out var statistics))
        {
            statistics = searcher.TermStatistics(term, TermContext.Build(searcher.TopReaderContext, term));
            if (kept.Count >= TermWindows.MaxKeptTerms)
            {
                kept.Clear();
            }

            kept[term] = statistics;
        }

        return statistics;
    }

    /// <summary>A part of the query, bounded per window of a segment.</summary>
    internal abstract class Bound
    {
        /// <summary>Per window of the segment, the highest score a document there can get, or <see cref="NoMatch"/>.</summary>
        public abstract float[] For(AtomicReaderContext leaf);
    }

    private sealed class TermBound : Bound
    {
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _weight;
        private readonly Term _term;

        public TermBound(IndexSearcher searcher, Term term, float queryBoost, float boost)
        {
            _term = term;
            _similarity = searcher.Similarity;
            _weight = _similarity.ComputeWeight(queryBoost, searcher.CollectionStatistics(term.Field), Statistics(searcher, term));

            // BM25 ignores the query norm; the boosts of the enclosing queries multiply, as they do in Weight.Normalize.
            _weight.Normalize(1f, boost);
        }

        public override float[] For(AtomicReaderContext leaf)
        {
            var windows = TermWindows.For(leaf.AtomicReader, _term);
            var scorer = _similarity.GetSimScorer(_weight, leaf);
            var bounds = new float[Windows(leaf.AtomicReader.MaxDoc)];
            for (var w = 0; w < bounds.Length; w++)
            {
                bounds[w] = Best(scorer, windows, w);
            }

            return bounds;
        }

        internal static float Best(Similarity.SimScorer scorer, TermWindows windows, int window)
        {
            var best = NoMatch;
            var freqs = windows.Freqs(window);
            var docs = windows.Docs(window);
            for (var i = 0; i < docs.Length; i++)
            {
                best = Math.Max(best, scorer.Score(docs[i], freqs[i]));
            }

            return best;
        }
    }

    /// <summary>
    /// An exact phrase: it occurs in a document at most as often as any of its words, so a position of one word bounds it
    /// by that word's best documents, scored with the phrase's own weight (the sum of its words' idf).
    /// </summary>
    private sealed class PhraseBound : Bound
    {
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _weight;
        private readonly Term[][] _positions;

        private PhraseBound(IndexSearcher searcher, Term[][] positions, float queryBoost, float boost)
        {
            _positions = positions;
            _similarity = searcher.Similarity;
            var statistics = positions.SelectMany(p => p).Select(t => Statistics(searcher, t)).ToArray();
            _weight = _similarity.ComputeWeight(queryBoost, searcher.CollectionStatistics(positions[0][0].Field), statistics);
            _weight.Normalize(1f, boost);
        }

        public static PhraseBound? Create(IndexSearcher searcher, Term[][] positions, float queryBoost, float boost) =>
            positions.Length > 0 && positions.Any(p => p.Length == 1) ? new PhraseBound(searcher, positions, queryBoost, boost) : null;

        public override float[] For(AtomicReaderContext leaf)
        {
            var reader = leaf.AtomicReader;
            var scorer = _similarity.GetSimScorer(_weight, leaf);
            var words = _positions.Select(p => p.Select(t => TermWindows.For(reader, t)).ToArray()).ToArray();
            var bounds = new float[Windows(reader.MaxDoc)];
            for (var w = 0; w < bounds.Length; w++)
            {
                var bound = float.MaxValue;
                foreach (var position in words)
                {
                    if (position.All(word => word.IsEmpty(w)))
                    {
                        bound = NoMatch;
                        break;
                    }

                    if (position.Length == 1)
                    {
                        bound = Math.Min(bound, TermBound.Best(scorer, position[0], w));
                    }
                }

                bounds[w] = bound;
            }

            return bounds;
        }
    }

    /// <summary>A boolean query: the sum of its parts that can match, times the coordination factor for that many.</summary>
    private sealed class SumBound : Bound
    {
        private readonly Bound[] _parts;
        private readonly bool[] _required;
        private readonly Similarity? _coordination;
        private readonly int _maxCoord;
        private readonly int _minimumShould;

        private SumBound(Bound[] parts, bool[] required, Similarity? coordination, int maxCoord, int minimumShould)
        {
            _parts = parts;
            _required = required;
            _coordination = coordination;
            _maxCoord = maxCoord;
            _minimumShould = minimumShould;
        }

        public static SumBound? Create(IndexSearcher searcher, BooleanQuery query, float boost)
        {
            var parts = new List<Bound>();
            var required = new List<bool>();
            foreach (var clause in query.Clauses.Where(c => !c.IsProhibited))
            {
                if (Build(searcher, clause.Query, boost) is not { } part)
                {
                    return null;
                }

                parts.Add(part);
                required.Add(clause.IsRequired);
            }

            // As BooleanWeight: no coordination when disabled or for a single clause.
            var coordination = query.CoordDisabled || parts.Count <= 1 ? null : searcher.Similarity;
            return new SumBound([.. parts], [.. required], coordination, parts.Count, query.MinimumNumberShouldMatch);
        }

        public override float[] For(AtomicReaderContext leaf)
        {
            var parts = _parts.Select(p => p.For(leaf)).ToArray();
            var bounds = new float[Windows(leaf.AtomicReader.MaxDoc)];
            for (var w = 0; w < bounds.Length; w++)
            {
                var sum = 0f;
                var present = 0;
                var should = 0;
                var requiredMissing = false;
                for (var p = 0; p < parts.Length && !requiredMissing; p++)
                {
                    var part = parts[p][w];
                    if (part == NoMatch)
                    {
                        requiredMissing = _required[p];
                        continue;
                    }

                    sum += part;
                    present++;
                    should += _required[p] ? 0 : 1;
                }

                if (requiredMissing || present == 0 || should < _minimumShould)
                {
                    bounds[w] = NoMatch;
                    continue;
                }

                bounds[w] = _coordination is null ? sum : sum * _coordination.Coord(present, _maxCoord);
            }

            return bounds;
        }
    }

    /// <summary>A disjunction-max: its best part plus the tie-breaker's share of the others.</summary>
    private sealed class MaxBound : Bound
    {
        private readonly Bound[] _parts;
        private readonly float _tieBreaker;

        private MaxBound(Bound[] parts, float tieBreaker)
        {
            _parts = parts;
            _tieBreaker = tieBreaker;
        }

        public static MaxBound? Create(IndexSearcher searcher, DisjunctionMaxQuery query, float boost)
        {
            var parts = query.Disjuncts.Select(q => Build(searcher, q, boost)).ToArray();
            return parts.Length == 0 || parts.Any(p => p is null) ? null : new MaxBound([.. parts.OfType<Bound>()], query.TieBreakerMultiplier);
        }

        public override float[] For(AtomicReaderContext leaf)
        {
            var parts = _parts.Select(p => p.For(leaf)).ToArray();
            var bounds = new float[Windows(leaf.AtomicReader.MaxDoc)];
            for (var w = 0; w < bounds.Length; w++)
            {
                var max = NoMatch;
                var sum = 0f;
                foreach (var part in parts)
                {
                    if (part[w] != NoMatch)
                    {
                        max = Math.Max(max, part[w]);
                        sum += part[w];
                    }
                }

                bounds[w] = max == NoMatch ? NoMatch : max + ((sum - max) * _tieBreaker);
            }

            return bounds;
        }
    }
}
