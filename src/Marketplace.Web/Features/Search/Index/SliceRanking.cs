using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// Ranks one slice of <see cref="ParallelRanking"/>. Given window bounds (<see cref="ScoreBounds"/>), it first scores the
/// few windows with the highest bounds (<see cref="FirstWindows"/>), where the best documents most likely are, then the
/// rest in document order, skipping every window whose bound cannot beat the page's last hit (this slice's, or a higher
/// one another slice has) once the slices have counted <c>pruneAfter</c> matches together (<see cref="SharedRanking"/>).
/// Hits are kept by score and then document order whatever the order they come in, so the page is the one a full pass
/// gives.
/// </summary>
internal sealed class SliceRanking(
    Weight weight, int depth, IReadOnlySet<string>? access, IReadOnlyList<ActiveFilter> filters, float[]?[]? bounds, int pruneAfter,
    SharedRanking shared)
{
    /// <summary>
    /// Windows scored first, at most: about the number that held the page's hits in the benchmark's broad queries (of
    /// 550); an eighth of a slice's windows when it has fewer.
    /// </summary>
    public const int FirstWindows = 16;

    /// <summary>
    /// Scores this close (relative) count as equal when windows are skipped: a bound is summed in another order than the
    /// scorers sum, so it may differ from a document's score by a few units of float rounding, far less than this. Of
    /// documents that near a tie with the page's last hit, the earlier ones are kept: a window after that hit with a
    /// bound within the margin is skipped (without it, a phrase that scores the same in 100,000 replies is scored in
    /// every one).
    /// </summary>
    public const float Margin = 1e-5f;

    // Matches are added to the shared count in batches, not one interlocked addition each.
    private const int _countBatch = 256;

    private readonly TopScoreQueue _top = new(depth);
    private int _total;
    private int _unshared;
    private bool _skipped;

    public ParallelRanking.Ranked Rank(List<(AtomicReaderContext Leaf, int From, int To)> slice)
    {
        var first = bounds is null ? null : BestWindows(slice);
        if (first is not null)
        {
            foreach (var (leaf, from, to) in slice)
            {
                if (first.TryGetValue(leaf.Ord, out var windows))
                {
                    ScoreWindows(leaf, from, to, windows);
                }
            }
        }

        foreach (var (leaf, from, to) in slice)
        {
            ScoreRange(leaf, from, to, first?.GetValueOrDefault(leaf.Ord));
        }

        shared.Count(_unshared);
        return new ParallelRanking.Ranked(_top.ToTopDocs(_total), _total, _skipped);
    }

    // The slice's windows with the highest bounds, by segment (ord), in document order.
    private Dictionary<int, SortedSet<int>> BestWindows(List<(AtomicReaderContext Leaf, int From, int To)> slice)
    {
        var count = Math.Clamp(slice.Sum(r => ScoreBounds.Window(r.To - 1) - ScoreBounds.Window(r.From) + 1) / 8, 1, FirstWindows);
        var best = new PriorityQueue<(int Ord, int Window), float>(count + 1);
        foreach (var (leaf, from, to) in slice)
        {
            if (bounds![leaf.Ord] is not { } windows)
            {
                continue;
            }

            for (var w = ScoreBounds.Window(from); w <= ScoreBounds.Window(to - 1); w++)
            {
                if (windows[w] == ScoreBounds.NoMatch)
                {
                    continue;
                }

                if (best.Count < count)
                {
                    best.Enqueue((leaf.Ord, w), windows[w]);
                }
                else
                {
                    best.EnqueueDequeue((leaf.Ord, w), windows[w]);
                }
            }
        }

        var first = new Dictionary<int, SortedSet<int>>();
        while (best.TryDequeue(out var window, out _))
        {
            if (!first.TryGetValue(window.Ord, out var windows))
            {
                first[window.Ord] = windows = [];
            }

            windows.Add(window.Window);
        }

        return first;
    }

    private void ScoreWindows(AtomicReaderContext leaf, int from, int to, SortedSet<int> windows)
    {
        if (Scorer(leaf) is not { } scorer)
        {
            return;
        }

        var doc = -1;
        foreach (var w in windows)
        {
            var start = Math.Max(from, w << ScoreBounds.Shift);
            var end = Math.Min(to, (w + 1) << ScoreBounds.Shift);
            if (doc < start)
            {
                doc = scorer.Advance(start);
            }

            for (; doc < end; doc = scorer.NextDoc())
            {
                Collect(leaf, doc, scorer);
            }
        }
    }

    private void ScoreRange(AtomicReaderContext leaf, int from, int to, SortedSet<int>? done)
    {
        if (Scorer(leaf) is not { } scorer)
        {
            return;
        }

        var windows = bounds?[leaf.Ord];
        var doc = scorer.Advance(from);
        while (doc < to)
        {
            if (windows is not null && (done?.Contains(ScoreBounds.Window(doc)) == true || MaySkip)
                && Next(leaf, windows, done, doc, to) is var next && next != doc)
            {
                if (next >= to)
                {
                    break;
                }

                doc = scorer.Advance(next);
                continue;
            }

            Collect(leaf, doc, scorer);
            doc = scorer.NextDoc();
        }
    }

    private Scorer? Scorer(AtomicReaderContext leaf)
    {
        var accepted = AcceptedDocs.For(leaf.AtomicReader, access, filters);
        return ReferenceEquals(accepted, AcceptedDocs.None) ? null : weight.GetScorer(leaf, accepted);
    }

    private void Collect(AtomicReaderContext leaf, int doc, Scorer scorer)
    {
        if (_top.Add(leaf.DocBase + doc, scorer.GetScore()) && bounds is not null)
        {
            shared.Raise(_top.Entry);
        }

        _total++;
        if (++_unshared == _countBatch)
        {
            shared.Count(_unshared);
            _unshared = 0;
        }
    }

    private bool MaySkip => shared.Counted >= pruneAfter;

    /// <summary>
    /// <paramref name="doc"/> when its window is still to score and may hold a document that enters the page, else the
    /// first document of the next such window (<paramref name="to"/> or beyond when none).
    /// </summary>
    private int Next(AtomicReaderContext leaf, float[] windows, SortedSet<int>? done, int doc, int to)
    {
        var prune = MaySkip;
        var entry = _top.Entry.Max(shared.Entry);
        for (var w = ScoreBounds.Window(doc); ; w++)
        {
            var start = w << ScoreBounds.Shift;
            if (w >= windows.Length || start >= to)
            {
                return to;
            }

            if (done?.Contains(w) == true)
            {
                continue;
            }

            if (!prune || !CannotEnter(windows[w], leaf.DocBase + Math.Max(doc, start), entry))
            {
                return Math.Max(doc, start);
            }

            _skipped |= windows[w] != ScoreBounds.NoMatch;
        }
    }

    // Below the entry's score by more than the margin, or within it but after the entry's document.
    private static bool CannotEnter(float bound, int firstDoc, PageEntry entry) =>
        bound * (1 + Margin) < entry.Score || (bound <= entry.Score * (1 + Margin) && firstDoc > entry.Doc);
}
