using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// Cuts a hit's snippet from its stored summary and body (Lucene.Net.Highlighter is not on the feed): the text is
/// analyzed again with the index's analyzer, reading each token's offsets, so a stemmed match ("pelayanan" for the
/// query "layanan") is found where it stands. The window of about <see cref="Length"/> characters with the most
/// different matched terms wins; everything is HTML-encoded and the matches are wrapped in &lt;mark&gt;. Without a match,
/// the snippet is the start of the text.
/// </summary>
internal sealed class SnippetBuilder(Analyzer analyzer)
{
    public const int Length = 200;

    // Only the start of a very long body is analyzed again: a snippet is for the page, not for completeness.
    private const int _maxAnalyzed = 20_000;
    private const int _leadingContext = 40;

    /// <param name="terms">Analyzed (stemmed) query terms, found by analyzing the text as the index does.</param>
    /// <param name="exactTerms">Words of quoted phrases as written, found in the unstemmed analysis (stop words too).</param>
    public string Build(string summary, string body, IReadOnlySet<string> terms, IReadOnlySet<string>? exactTerms = null)
    {
        var text = summary.Length == 0 ? body : body.Length == 0 ? summary : summary + " " + body;
        if (text.Length == 0)
        {
            return "";
        }

        var matches = terms.Count == 0 && exactTerms is not { Count: > 0 } ? [] : Matches(text, terms, exactTerms);
        if (matches.Count == 0)
        {
            var end = text.Length <= Length ? text.Length : WordEnd(text, Length);
            return WebUtility.HtmlEncode(text[..end]) + (end < text.Length ? "…" : "");
        }

        var (first, last) = BestWindow(matches);
        var start = matches[first].Start <= _leadingContext ? 0 : WordStart(text, matches[first].Start - _leadingContext);
        var stop = Math.Max(matches[last].End, Math.Min(text.Length, start + Length));
        stop = stop >= text.Length ? text.Length : WordEnd(text, stop);
        var html = new StringBuilder(Length + 64);
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= stop))
        {
            html.Append(WebUtility.HtmlEncode(text[at..match.Start]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text[match.Start..match.End])).Append("</mark>");
            at = match.End;
        }

        html.Append(WebUtility.HtmlEncode(text[at..stop]));
        if (stop < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>
    /// One pass of the unstemmed analysis (what <see cref="SearchFields.Spell"/> holds: words as written, with offsets).
    /// A word matches when it is a quoted phrase's word, or when its stem is a query term. Stemming every word of every
    /// hit would cost more than the search itself, so only words that could stem to a query term are stemmed: the
    /// Indonesian stemmer removes affixes and at most changes the first letter of the stem ("memukul" to "pukul").
    /// </summary>
    private List<(int Start, int End, string Term)> Matches(string text, IReadOnlySet<string> terms, IReadOnlySet<string>? exactTerms)
    {
        var matches = new List<(int Start, int End, string Term)>();
        var stemmer = new IndonesianStemmer();
        var buffer = new char[64];
        using var stream = analyzer.GetTokenStream(SearchFields.Spell, text.Length > _maxAnalyzed ? text[.._maxAnalyzed] : text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            var matched = exactTerms?.Contains(word) == true ? word : Stemmed(word);
            // Stacked tokens ("eparkir", "parkir") share offsets: mark the span once.
            if (matched is not null && (matches.Count == 0 || matches[^1].Start != offset.StartOffset))
            {
                matches.Add((offset.StartOffset, offset.EndOffset, matched));
            }
        }

        stream.End();
        return matches;

        string? Stemmed(string word)
        {
            if (IndonesianAnalysis.StopWords.Contains(word))
            {
                return null;
            }

            if (terms.Contains(word))
            {
                return word;
            }

            if (!terms.Any(t => t.Length >= 3 && word.Contains(t.AsSpan(1), StringComparison.Ordinal)))
            {
                return null;
            }

            if (buffer.Length < word.Length)
            {
                buffer = new char[word.Length];
            }

            word.CopyTo(buffer);
            var stem = new string(buffer, 0, stemmer.Stem(buffer, word.Length, stemDerivational: true));
            return terms.Contains(stem) ? stem : null;
        }
    }

    /// <summary>The run of matches fitting in one window with the most different terms, then the most matches.</summary>
    private static (int First, int Last) BestWindow(List<(int Start, int End, string Term)> matches)
    {
        var best = (First: 0, Last: 0, Distinct: 0, Count: 0);
        for (var i = 0; i < matches.Count; i++)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var j = i;
            for (; j < matches.Count && matches[j].End - matches[i].Start <= Length - _leadingContext; j++)
            {
                distinct.Add(matches[j].Term);
            }

            var last = Math.Max(i, j - 1);
            if (distinct.Count > best.Distinct || (distinct.Count == best.Distinct && last - i + 1 > best.Count))
            {
                best = (i, last, distinct.Count, last - i + 1);
            }
        }

        return (best.First, best.Last);
    }

    private static int WordStart(string text, int index)
    {
        var space = text.IndexOf(' ', Math.Max(0, index));
        return space < 0 ? Math.Max(0, index) : space + 1;
    }

    private static int WordEnd(string text, int index)
    {
        var space = text.LastIndexOf(' ', Math.Min(text.Length - 1, index));
        return space <= 0 ? Math.Min(text.Length, index) : space;
    }
}
