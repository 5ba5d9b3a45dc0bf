using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// One term in one segment, cut into windows of <see cref="ScoreBounds.WindowSize"/> documents: per window, the few
/// documents whose (frequency, field-length norm) no other document of the window beats in both. BM25 grows with the
/// frequency and with the norm byte (a shorter field), so under any collection statistics the best score a document of
/// the window can get for the term is the best of these few: the per-block maxima Lucene 8 keeps in its posting lists
/// ("impacts"), which Lucene 4.8 does not. Deleted documents are kept in: a bound may only be too high, never too low.
/// </summary>
internal sealed class TermWindows
{
    /// <summary>
    /// Terms kept per segment (a few kilobytes each in a segment of a million documents); when more would be, the
    /// segment's are dropped and read again as needed.
    /// </summary>
    public const int MaxKeptTerms = 4096;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<Term, TermWindows>> _kept = new();

    private readonly int[] _starts;
    private readonly int[] _freqs;
    private readonly int[] _docs;

    private TermWindows(int[] starts, int[] freqs, int[] docs)
    {
        _starts = starts;
        _freqs = freqs;
        _docs = docs;
    }

    /// <summary>True when no document of <paramref name="window"/> has the term.</summary>
    public bool IsEmpty(int window) => _starts[window] == _starts[window + 1];

    /// <summary>The frequencies of the window's best documents, beside <see cref="Docs"/>.</summary>
    public ReadOnlySpan<int> Freqs(int window) => _freqs.AsSpan(_starts[window], _starts[window + 1] - _starts[window]);

    /// <summary>The window's best documents (segment document ids).</summary>
    public ReadOnlySpan<int> Docs(int window) => _docs.AsSpan(_starts[window], _starts[window + 1] - _starts[window]);

    /// <summary>The term's windows in the segment of <paramref name="reader"/>, kept with the segment.</summary>
    public static TermWindows For(AtomicReader reader, Term term)
    {
        var kept = _kept.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<Term, TermWindows>());
        if (kept.TryGetValue(term, out var windows))
        {
            return windows;
        }

        var terms = reader.GetTerms(term.Field)?.GetEnumerator();
        windows = Read(reader, terms is not null && terms.SeekExact(term.Bytes) ? terms : null, term.Field);
        if (kept.Count >= MaxKeptTerms)
        {
            kept.Clear();
        }

        kept[term] = windows;
        return windows;
    }

    private static TermWindows Read(AtomicReader reader, TermsEnum? terms, string field)
    {
        var windowCount = ScoreBounds.Windows(reader.MaxDoc);
        var starts = new int[windowCount + 1];
        var freqs = new List<int>();
        var docs = new List<int>();
        var postings = terms?.Docs(null, null, DocsFlags.FREQS);
        if (postings is null)
        {
            return new TermWindows(starts, [], []);
        }

        var norms = reader.GetNormValues(field);
        var front = new List<(int Freq, int Norm, int Doc)>();
        var window = 0;
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            var at = ScoreBounds.Window(doc);
            while (window < at)
            {
                Flush(front, freqs, docs);
                starts[++window] = docs.Count;
            }

            Add(front, postings.Freq, norms is null ? 0 : (int)(norms.Get(doc) & 0xFF), doc);
        }

        while (window < windowCount)
        {
            Flush(front, freqs, docs);
            starts[++window] = docs.Count;
        }

        return new TermWindows(starts, [.. freqs], [.. docs]);
    }

    // Keeps the points no other point beats in both frequency and norm (a handful: norms are bytes).
    private static void Add(List<(int Freq, int Norm, int Doc)> front, int freq, int norm, int doc)
    {
        foreach (var point in front)
        {
            if (point.Freq >= freq && point.Norm >= norm)
            {
                return;
            }
        }

        front.RemoveAll(point => freq >= point.Freq && norm >= point.Norm);
        front.Add((freq, norm, doc));
    }

    private static void Flush(List<(int Freq, int Norm, int Doc)> front, List<int> freqs, List<int> docs)
    {
        foreach (var point in front)
        {
            freqs.Add(point.Freq);
            docs.Add(point.Doc);
        }

        front.Clear();
    }
}
