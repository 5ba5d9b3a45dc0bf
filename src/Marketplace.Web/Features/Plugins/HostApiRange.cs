using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Plugins;

/// <summary>
/// A host API range as a manifest writes it: space-separated comparators that must all hold
/// (<c>&gt;=1.0.0 &lt;2.0.0</c>, <c>^1.0.0</c>, <c>1.0.0</c> for exactly that version).
/// </summary>
public static class HostApiRange
{
    public static bool TryParse(string? text, out IReadOnlyList<(string Operator, SemVer Version)> comparators)
    {
        var parsed = new List<(string, SemVer)>();
        comparators = parsed;
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 4)
        {
            return false;
        }

        foreach (var part in parts)
        {
            var op = part.StartsWith(">=", StringComparison.Ordinal) || part.StartsWith("<=", StringComparison.Ordinal) ? part[..2]
                : part[0] is '>' or '<' or '^' or '=' ? part[..1] : "=";
            var rest = op == "=" && part[0] != '=' ? part : part[op.Length..];
            if (!SemVer.TryParse(rest, out var version))
            {
                return false;
            }

            if (op == "^")
            {
                parsed.Add((">=", version));
                parsed.Add(("<", new SemVer(version.Major + 1, 0, 0, null, null)));
            }
            else
            {
                parsed.Add((op, version));
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="range"/> is well formed and holds <paramref name="version"/>.</summary>
    public static bool Includes(string? range, string version) =>
        TryParse(range, out var comparators) && SemVer.TryParse(version, out var v) && comparators.All(c => c.Operator switch
        {
            ">=" => v.CompareTo(c.Version) >= 0,
            "<=" => v.CompareTo(c.Version) <= 0,
            ">" => v.CompareTo(c.Version) > 0,
            "<" => v.CompareTo(c.Version) < 0,
            _ => v.CompareTo(c.Version) == 0,
        });
}
