using System.Globalization;

namespace Marketplace.Web.Features.Maintenance;

/// <summary>
/// A verb's own options ("--apps 500"). Configuration arguments that the host reads itself ("--Marketplace:DataPath=x",
/// "--urls x", "Key=Value") are left to it, so a verb can run against any configured database.
/// </summary>
internal sealed class VerbOptions
{
    private static readonly string[] _hostSwitches = ["--urls", "--environment", "--contentRoot", "--applicationName", "--webroot"];
    private readonly Dictionary<string, string> _values;

    private VerbOptions(Dictionary<string, string> values) => _values = values;

    /// <summary>Reads the arguments after the verb; null with <paramref name="error"/> set when one is not understood.</summary>
    public static VerbOptions? Parse(IEnumerable<string> args, IReadOnlyCollection<string> known, out string? error)
    {
        error = null;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var items = args.GetEnumerator();
        while (items.MoveNext())
        {
            var arg = items.Current;
            if (arg.Contains('=', StringComparison.Ordinal) || (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
                || _hostSwitches.Contains(arg, StringComparer.OrdinalIgnoreCase))
            {
                // A host setting: skip it, and its value when it comes as the next argument.
                if (!arg.Contains('=', StringComparison.Ordinal))
                {
                    items.MoveNext();
                }

                continue;
            }

            var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : null;
            if (name is null || !known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                error = $"unknown option '{arg}'";
                return null;
            }

            if (!items.MoveNext())
            {
                error = $"option '{arg}' needs a value";
                return null;
            }

            values[name] = items.Current;
        }

        return new VerbOptions(values);
    }

    /// <summary>Whether the option was given at all.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The integer value of <paramref name="name"/>, or <paramref name="fallback"/>; null when it is not a number within the range.</summary>
    public int? Int(string name, int fallback, int min, int max) =>
        !_values.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : null;
}
