using System.Globalization;

namespace Marketplace.Web.Features.Catalog;

/// <summary>
/// Amounts in rupiah as people write them: whole numbers, often grouped by thousands ("1.250.000.000" in Indonesian,
/// "1,250,000,000" in English), sometimes with "Rp" in front. Shown the same way: "Rp 1.250.000.000".
/// </summary>
public static class Rupiah
{
    /// <summary>"Rp " and the amount grouped by thousands in <paramref name="culture"/>'s way.</summary>
    public static string Format(long amount, IFormatProvider culture) => "Rp " + amount.ToString("N0", culture);

    /// <summary>
    /// Reads a whole amount: digits, optionally after "Rp" and a minus sign, optionally grouped by "." or "," in groups of
    /// exactly three. Anything else ("1,5", "1250000000.00", "satu juta") is refused rather than guessed.
    /// </summary>
    public static bool TryParse(string? text, out long amount)
    {
        amount = 0;
        var value = (text ?? "").Trim();
        if (value.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            value = value[2..].TrimStart(' ', '.', '\u00a0');
        }

        var negative = value.StartsWith('-');
        var digits = negative ? value[1..] : value;
        var groups = digits.Split('.', ',');
        if (groups.Length == 0 || groups[0].Length == 0 || groups.Any(g => !g.All(char.IsAsciiDigit))
            || (groups.Length > 1 && (groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3)))
            || digits.Contains('.') && digits.Contains(','))
        {
            return false;
        }

        if (!long.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        amount = negative ? -parsed : parsed;
        return true;
    }
}
