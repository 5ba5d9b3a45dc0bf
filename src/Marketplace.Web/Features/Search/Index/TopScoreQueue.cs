using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// The best <c>size</c> documents by score and, of equal scores, the earlier documents, as Lucene's top-score collector
/// keeps them, in whatever order they are offered; with what a document must beat to enter (<see cref="Entry"/>), which
/// the window bounds are compared with.
/// </summary>
internal sealed class TopScoreQueue(int size)
{
    // The root is the weakest kept hit: the lowest score, and of equal scores the latest document.
    private readonly PriorityQueue<ScoreDoc, ScoreDoc> _queue = new(size + 1, Comparer<ScoreDoc>.Create(static (a, b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc)));

    /// <summary>What a document must beat to be kept.</summary>
    public PageEntry Entry => _queue.Count < size ? PageEntry.Open : new PageEntry(_queue.Peek().Score, _queue.Peek().Doc);

    /// <summary>Offers a document (segment document ids are made index-wide first); true when it is kept.</summary>
    public bool Add(int doc, float score)
    {
        if (_queue.Count < size)
        {
            var hit = new ScoreDoc(doc, score);
            _queue.Enqueue(hit, hit);
            return true;
        }

        if (Entry.IsBeatenBy(score, doc))
        {
            // The weakest hit's object holds the new one: a broad search offers many.
            var hit = _queue.Dequeue();
            hit.Doc = doc;
            hit.Score = score;
            _queue.Enqueue(hit, hit);
            return true;
        }

        return false;
    }

    /// <summary>The kept hits, best first, with <paramref name="total"/> as the match count.</summary>
    public TopDocs ToTopDocs(int total)
    {
        var hits = new ScoreDoc[_queue.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            hits[i] = _queue.Dequeue();
        }

        return new TopDocs(total, hits, hits.Length == 0 ? float.NaN : hits[0].Score);
    }
}
