namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// What a document must beat to enter a page of hits: the page's weakest hit, by score and then by document order (of
/// equal scores the earlier document ranks first, as in Lucene). Negative infinity until the page is full.
/// </summary>
internal readonly record struct PageEntry(float Score, int Doc)
{
    public static PageEntry Open { get; } = new(float.NegativeInfinity, int.MaxValue);

    /// <summary>True when a document scoring <paramref name="score"/> at <paramref name="doc"/> enters.</summary>
    public bool IsBeatenBy(float score, int doc) => score > Score || (score == Score && doc < Doc);

    /// <summary>The harder of two entries to beat.</summary>
    public PageEntry Max(PageEntry other) => other.IsBeatenBy(Score, Doc) ? this : other;
}

/// <summary>
/// What the slices of one ranking share (<see cref="SliceRanking"/>): the hardest entry any slice's page has (no document
/// that fails it can be on the merged page, since every slice's page is at least as good, so every slice may skip what
/// cannot beat it), and how many matches they have counted together.
/// </summary>
internal sealed class SharedRanking
{
    // The score's bits (scores are not negative, so their bits order as they do) above the document's rank, inverted so
    // that of equal scores the earlier document is the larger key.
    private long _key = long.MinValue;
    private int _counted;

    /// <summary>Matches the slices have counted so far (each adds its own now and then).</summary>
    public int Counted => Volatile.Read(ref _counted);

    public void Count(int matches) => Interlocked.Add(ref _counted, matches);

    public PageEntry Entry
    {
        get
        {
            var key = Volatile.Read(ref _key);
            return key == long.MinValue ? PageEntry.Open : new PageEntry(BitConverter.Int32BitsToSingle((int)(key >> 32)), int.MaxValue - (int)(uint)key);
        }
    }

    public void Raise(PageEntry entry)
    {
        if (entry.Score < 0 || float.IsNaN(entry.Score))
        {
            return;
        }

        var key = ((long)BitConverter.SingleToInt32Bits(entry.Score) << 32) | (uint)(int.MaxValue - entry.Doc);
        for (var seen = Volatile.Read(ref _key); key > seen;)
        {
            var found = Interlocked.CompareExchange(ref _key, key, seen);
            if (found == seen)
            {
                return;
            }

            seen = found;
        }
    }
}
