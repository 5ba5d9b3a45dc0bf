using System.Text.Json;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>
/// SPDX license expressions (SPDX 2.3 annex D): identifiers from the SPDX lists, matched without regard to case as
/// the annex says, "+" suffixes, LicenseRef-/DocumentRef- references, WITH exceptions, AND binding tighter than OR,
/// parentheses. Operators must be upper case.
/// </summary>
public static partial class SpdxExpression
{
    private static readonly HashSet<string> _licenses = Load("spdx-license-ids.json", "spdx-license-ids-deprecated.json");
    private static readonly HashSet<string> _exceptions = Load("spdx-exceptions.json");

    public static bool IsValid(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return false;
        }

        var tokens = TokenPattern().Matches(expression).Select(m => m.Value).ToList();
        if (string.Concat(tokens) != WhitespacePattern().Replace(expression, ""))
        {
            return false;
        }

        var position = 0;
        return Or(tokens, ref position) && position == tokens.Count;
    }

    private static bool Or(List<string> tokens, ref int position)
    {
        if (!And(tokens, ref position))
        {
            return false;
        }

        while (position < tokens.Count && tokens[position] == "OR")
        {
            position++;
            if (!And(tokens, ref position))
            {
                return false;
            }
        }

        return true;
    }

    private static bool And(List<string> tokens, ref int position)
    {
        if (!With(tokens, ref position))
        {
            return false;
        }

        while (position < tokens.Count && tokens[position] == "AND")
        {
            position++;
            if (!With(tokens, ref position))
            {
                return false;
            }
        }

        return true;
    }

    private static bool With(List<string> tokens, ref int position)
    {
        if (position >= tokens.Count)
        {
            return false;
        }

        if (tokens[position] == "(")
        {
            position++;
            if (!Or(tokens, ref position) || position >= tokens.Count || tokens[position] != ")")
            {
                return false;
            }

            position++;
            return true;
        }

        if (!IsLicense(tokens[position++]))
        {
            return false;
        }

        if (position < tokens.Count && tokens[position] == "WITH")
        {
            position++;
            return position < tokens.Count && _exceptions.Contains(tokens[position++]);
        }

        return true;
    }

    private static bool IsLicense(string token)
    {
        var id = token.EndsWith('+') ? token[..^1] : token;
        return _licenses.Contains(id) || ReferencePattern().IsMatch(id);
    }

    private static HashSet<string> Load(params string[] names)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            using var stream = typeof(SpdxExpression).Assembly.GetManifestResourceStream("PublicCode." + name)
                ?? throw new InvalidOperationException($"The embedded SPDX list {name} is missing.");
            ids.UnionWith(JsonSerializer.Deserialize<string[]>(stream) ?? []);
        }

        return ids;
    }

    [GeneratedRegex(@"\(|\)|[^\s()]+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
