using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using System.Text.RegularExpressions;
using Lucene.Net.Util;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>A typed word and the indexed spelling it was searched by.</summary>
internal sealed record Correction(string Word, string Replacement)
{
    /// <summary>The typed text with each corrected word replaced where it stands as a whole word (the suggestion shown).</summary>
    public static string Apply(string text, IEnumerable<Correction> corrections, int maxLength)
    {
        var result = text.Length > maxLength ? text[..maxLength] : text;
        foreach (var correction in corrections)
        {
            var word = new Regex(
                @"(?<![\p{L}\p{Nd}-])" + Regex.Escape(correction.Word) + @"(?![\p{L}\p{Nd}-])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromMilliseconds(100));
            result = word.Replace(result, correction.Replacement, 1);
        }

        return result.Trim();
    }
}

/// <summary>
/// Finds the nearest indexed spelling of a word that matches nothing: within one edit for short words and two for longer
/// ones (a transposition counts as one), the closest first and then the most frequent. Lucene's FuzzyTermsEnum walks the
/// unstemmed <see cref="SearchFields.Spell"/> terms through a Levenshtein automaton, so this costs a few term seeks, not
/// a scan of the dictionary; and it only runs for words whose document frequency is zero.
/// </summary>
internal sealed class TypoCorrector(Analyzer analyzer)
{
    private const int _minLength = 4;

    /// <summary>
    /// Whether some document has the word as written (lower-cased, unstemmed). A typo can share its stem with a real
    /// word by accident ("kepegawaan" stems like "pegawai"), so the stemmed fields do not decide this.
    /// </summary>
    public bool IsKnown(IndexReader reader, string word)
    {
        foreach (var position in TextAnalysis.Positions(analyzer, SearchFields.Spell, word))
        {
            if (position.Terms.Any(term => reader.DocFreq(new Term(SearchFields.Spell, term)) > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The best indexed spelling near <paramref name="word"/> that more documents use than the word itself, or null.
    /// Words that are short, hold digits, or analyze to nothing (stop words) are left alone.
    /// </summary>
    public string? Nearest(IndexReader reader, string word)
    {
        var lower = word.ToLowerInvariant();
        var stems = Stems(lower);
        if (lower.Length < _minLength || !lower.All(char.IsLetter) || stems.Length == 0)
        {
            return null;
        }

        var terms = MultiFields.GetTerms(reader, SearchFields.Spell);
        if (terms is null)
        {
            return null;
        }

        var maxEdits = lower.Length <= 5 ? 1 : 2;
        var ownFrequency = reader.DocFreq(new Term(SearchFields.Spell, lower));
        var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.Spell, lower), maxEdits, 1, true);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        while (candidates.MoveNext())
        {
            var candidate = candidates.Term.Utf8ToString();
            var frequency = candidates.DocFreq;
            // A candidate that stems like the word ("melayani" for "dilayani") would search the same: no correction.
            if (candidate == lower || frequency <= ownFrequency || Stems(candidate) is var candidateStems && (candidateStems.Length == 0 || candidateStems.SequenceEqual(stems)))
            {
                continue;
            }

            var distance = EditDistance(lower, candidate);
            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        }

        return best;
    }

    private string[] Stems(string word) => [.. TextAnalysis.Positions(analyzer, SearchFields.Body, word).SelectMany(p => p.Terms)];

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
