using System.Text.RegularExpressions;

namespace Marketplace.Testing.Relevance;

/// <summary>One part of a query: a single word or a double-quoted phrase.</summary>
public sealed record QueryPart(string Text, bool IsPhrase);

/// <summary>
/// Splits a judged query's text into words and quoted phrases the same way for every engine, so that each baseline
/// translates the same parts into its own syntax (FTS5 MATCH, PostgreSQL tsquery, Lucene).
/// </summary>
public static partial class QueryText
{
    /// <summary>Quoted phrases, then the remaining words; words are runs of letters and digits (hyphens kept inside).</summary>
    public static IReadOnlyList<QueryPart> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<QueryPart>();
        foreach (Match match in Phrase().Matches(text))
        {
            var words = Words(match.Groups[1].Value);
            if (words.Count > 0)
            {
                parts.Add(new QueryPart(string.Join(' ', words), words.Count > 1));
            }
        }

        parts.AddRange(Words(Phrase().Replace(text, " ")).Select(w => new QueryPart(w, false)));
        return parts;
    }

    /// <summary>The words of a text, lower-cased, in order; "e-parkir" stays one word, "(zonasi)," becomes "zonasi".</summary>
    public static IReadOnlyList<string> Words(string text) =>
        [.. Word().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+(?:-[\p{L}\p{Nd}]+)*")]
    private static partial Regex Word();
}
