using System.Text.RegularExpressions;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>A word or a double-quoted phrase as the person typed it.</summary>
internal sealed record UserTextPart(string Text, bool IsPhrase);

/// <summary>
/// Reads what a person typed into a search box. It is never Lucene syntax: only words (letters and digits, hyphens kept
/// inside) and pairs of double quotes mean anything; an unmatched quote, operators, slashes and emoji are ignored. The text
/// is cut to a maximum length and to a maximum number of parts first, so a pasted essay cannot make a huge query.
/// </summary>
internal static partial class UserText
{
    public const int MaxParts = 40;

    public static IReadOnlyList<UserTextPart> Parse(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (text.Length > maxLength)
        {
            text = text[..maxLength];
        }

        var parts = new List<UserTextPart>();
        var rest = text;
        foreach (Match match in Phrase().Matches(text))
        {
            var words = Words(match.Groups[1].Value);
            if (words.Count > 0)
            {
                parts.Add(new UserTextPart(string.Join(' ', words), words.Count > 1));
            }
        }

        rest = Phrase().Replace(rest, " ");
        parts.AddRange(Words(rest).Select(w => new UserTextPart(w, false)));
        return parts.Count > MaxParts ? parts.GetRange(0, MaxParts) : parts;
    }

    public static IReadOnlyList<string> Words(string text) => [.. Word().Matches(text).Select(m => m.Value)];

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+(?:-[\p{L}\p{Nd}]+)*")]
    private static partial Regex Word();
}
