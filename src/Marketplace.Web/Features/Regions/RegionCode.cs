using System.Text.RegularExpressions;

namespace Marketplace.Web.Features.Regions;

/// <summary>The shape of a Kemendagri code: "33" for a province, "33.74" for a regency or city (and "00.01" for a national institution).</summary>
public static partial class RegionCode
{
    public static bool IsWellFormed(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex(@"^[0-9]{2}(\.[0-9]{2})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
