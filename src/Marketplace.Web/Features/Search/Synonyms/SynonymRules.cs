using System.Globalization;
using System.Text;

namespace Marketplace.Web.Features.Search;

/// <summary>A refusal of a synonym group: a resource key of SearchText and its arguments.</summary>
public sealed record SynonymError(string Key, params object[] Arguments);

/// <summary>
/// What a curator's synonym group must be: at least two different terms (commas or new lines between them), each of
/// 2 to 50 letters, digits, spaces, hyphens, dots or apostrophes in at most five words, at most ten terms. Terms are compared as the index
/// reads them: lower-case, spaces collapsed.
/// </summary>
public static class SynonymRules
{
    public const int InputMax = 1000;
    public const int TermMin = 2;
    public const int TermMax = 50;
    public const int TermsMax = 10;

    /// <summary>Words in one term: synonyms are names for one thing, not sentences (the index takes at most eight).</summary>
    public const int TermWordsMax = 5;
    public const int GroupMax = 600;

    /// <summary>Curated groups in all; the list is for words regions really use, not a thesaurus.</summary>
    public const int GroupsMax = 500;

    public static IReadOnlyList<string> Parse(string? input, out List<SynonymError> errors)
    {
        errors = [];
        if (string.IsNullOrWhiteSpace(input))
        {
            errors.Add(new SynonymError("Synonyms.Required"));
            return [];
        }

        if (input.Length > InputMax)
        {
            errors.Add(new SynonymError("Synonyms.InputTooLong", InputMax));
            return [];
        }

        var terms = new List<string>();
        foreach (var raw in input.Split([',', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var term = Normalize(raw);
            if (term.Length < TermMin || term.Length > TermMax)
            {
                errors.Add(new SynonymError("Synonyms.TermLength", term, TermMin, TermMax));
            }
            else if (!term.All(IsAllowed) || !term.Any(char.IsLetterOrDigit))
            {
                errors.Add(new SynonymError("Synonyms.TermCharacters", term));
            }
            else if (term.Split(' ').Length > TermWordsMax)
            {
                errors.Add(new SynonymError("Synonyms.TermWords", term, TermWordsMax));
            }
            else if (terms.Contains(term))
            {
                errors.Add(new SynonymError("Synonyms.Repeated", term));
            }
            else
            {
                terms.Add(term);
            }
        }

        if (errors.Count == 0 && terms.Count < 2)
        {
            errors.Add(new SynonymError("Synonyms.TooFew"));
        }

        if (terms.Count > TermsMax)
        {
            errors.Add(new SynonymError("Synonyms.TooMany", TermsMax));
        }

        return errors.Count == 0 ? terms : [];
    }

    /// <summary>Lower-case, one space between words: "Parkir  Elektronik" and "parkir elektronik" are one term.</summary>
    public static string Normalize(string term)
    {
        var words = term.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).ToLower(CultureInfo.InvariantCulture);
    }

    private static bool IsAllowed(char c) => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '\'';
}
