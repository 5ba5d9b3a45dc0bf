using System.Security.Cryptography;

namespace Marketplace.Plugins.Complaints;

/// <summary>Tracking codes citizens can read out on the phone: ADU- and six characters without look-alikes (no 0/O, 1/I).</summary>
public static class TrackingCode
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New() => "ADU-" + new string(RandomNumberGenerator.GetItems<char>(Alphabet, 6));

    /// <summary>The code as typed ("adu-7k2m9p", " ADU-7K2M9P ") in its canonical form, or null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        var code = (typed ?? "").Trim().ToUpperInvariant();
        if (!code.StartsWith("ADU-", StringComparison.Ordinal))
        {
            code = "ADU-" + code;
        }

        return code.Length == 10 && code[4..].All(Alphabet.Contains) ? code : null;
    }
}
