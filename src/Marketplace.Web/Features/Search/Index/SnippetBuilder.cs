using System.Net;
using System.Text;
using Lucene.Net.Analysis;
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

        var matches = terms.Count == 0 ? [] : Matches(text, SearchFields.Body, terms);
        if (exactTerms is { Count: > 0 })
        {
            // Both analyses may find the same word: keep the longest of overlapping spans.
            var merged = new List<(int Start, int End, string Term)>();
            foreach (var match in matches.Concat(Matches(text, SearchFields.Spell, exactTerms)).OrderBy(m => m.Start).ThenByDescending(m => m.End))
            {
                if (merged.Count == 0 || match.Start >= merged[^1].End)
                {
                    merged.Add(match);
                }
            }

            matches = merged;
        }

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

    private List<(int Start, int End, string Term)> Matches(string text, string field, IReadOnlySet<string> terms)
    {
        var matches = new List<(int Start, int End, string Term)>();
        using var stream = analyzer.GetTokenStream(field, text.Length > _maxAnalyzed ? text[.._maxAnalyzed] : text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            // Stacked tokens ("eparkir", "parkir") share offsets: mark the span once.
            if (terms.Contains(value) && (matches.Count == 0 || matches[^1].Start != offset.StartOffset))
            {
                matches.Add((offset.StartOffset, offset.EndOffset, value));
            }
        }

        stream.End();
        return matches;
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
