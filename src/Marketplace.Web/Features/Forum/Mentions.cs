using System.Text;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Features.Forum;

/// <summary>
/// <c>@handle</c> in a post names a user. A user's handle is the local part of their e-mail address, lower-case
/// (<c>andi.pratama@singkawangkota.go.id</c> is <c>@andi.pratama</c>); it resolves only when exactly one account has it.
/// Handles inside code (fenced blocks and inline <c>`code`</c>) and inside e-mail addresses are not mentions.
/// </summary>
public static partial class Mentions
{
    public const int MaxPerPost = 20;

    /// <summary>The distinct handles named in <paramref name="markdown"/>, lower-case, in order of first appearance.</summary>
    public static IReadOnlyList<string> Parse(string? markdown)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(markdown))
        {
            return found;
        }

        foreach (var (text, isCode) in Segments(markdown))
        {
            if (isCode)
            {
                continue;
            }

            foreach (Match match in Handle().Matches(text))
            {
                var handle = match.Groups["handle"].Value.ToLowerInvariant();
                if (!found.Contains(handle))
                {
                    found.Add(handle);
                }
            }
        }

        return found.Count > MaxPerPost ? found[..MaxPerPost] : found;
    }

    /// <summary>
    /// <paramref name="markdown"/> with each mention whose handle <paramref name="links"/> knows turned into a Markdown link
    /// (<c>[@andi](/wilayah/61.72)</c>); code and unknown handles stay as written. The result still goes through the
    /// Markdown renderer, which decides what is safe.
    /// </summary>
    public static string Link(string markdown, IReadOnlyDictionary<string, string> links)
    {
        if (links.Count == 0)
        {
            return markdown;
        }

        var builder = new StringBuilder(markdown.Length + 64);
        foreach (var (text, isCode) in Segments(markdown))
        {
            builder.Append(isCode ? text : Handle().Replace(text, m =>
                links.TryGetValue(m.Groups["handle"].Value.ToLowerInvariant(), out var href) ? $"[@{m.Groups["handle"].Value}]({href})" : m.Value));
        }

        return builder.ToString();
    }

    /// <summary>The handle of an e-mail address: its local part, lower-case.</summary>
    public static string HandleOf(string email) => email.Split('@')[0].ToLowerInvariant();

    // Splits Markdown into text and code (fenced blocks, then inline backtick spans); the parts joined give it back exactly.
    private static IEnumerable<(string Text, bool IsCode)> Segments(string markdown)
    {
        var position = 0;
        foreach (Match fence in FencePattern().Matches(markdown))
        {
            foreach (var part in InlineCode(markdown[position..fence.Index]))
            {
                yield return part;
            }

            yield return (fence.Value, true);
            position = fence.Index + fence.Length;
        }

        foreach (var part in InlineCode(markdown[position..]))
        {
            yield return part;
        }
    }

    private static IEnumerable<(string Text, bool IsCode)> InlineCode(string text)
    {
        var position = 0;
        foreach (Match match in InlineCodePattern().Matches(text))
        {
            yield return (text[position..match.Index], false);
            yield return (match.Value, true);
            position = match.Index + match.Length;
        }

        yield return (text[position..], false);
    }

    [GeneratedRegex(@"(?<![\w@.\-/\[])@(?<handle>[A-Za-z0-9](?:[A-Za-z0-9._\-]{0,62}[A-Za-z0-9])?)(?![\w@])")]
    private static partial Regex Handle();

    [GeneratedRegex(@"^[ \t]*(?<fence>```|~~~).*?(?:^[ \t]*\k<fence>[^\n]*$|\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"`+[^`]*`+")]
    private static partial Regex InlineCodePattern();
}
