namespace Marketplace.Web.Features.Regions;

/// <summary>How a <see cref="RegionKind"/> is spelled in the API and named in the resource files.</summary>
public static class RegionKinds
{
    private static readonly Dictionary<string, RegionKind> _byApiName =
        Enum.GetValues<RegionKind>().ToDictionary(ApiName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The API spellings, in enum order: province, regency, city, national.</summary>
    public static IReadOnlyList<string> ApiNames { get; } = [.. Enum.GetValues<RegionKind>().Select(ApiName)];

    public static string ApiName(RegionKind kind) => kind switch
    {
        RegionKind.Province => "province",
        RegionKind.Regency => "regency",
        RegionKind.City => "city",
        RegionKind.National => "national",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads an API spelling, ignoring case; numbers and enum member names other than these are refused.</summary>
    public static bool TryParse(string? value, out RegionKind kind) => _byApiName.TryGetValue(value ?? "", out kind);

    /// <summary>The RegionsText key of the kind's display name, for example "Kind.City".</summary>
    public static string TextKey(RegionKind kind) => $"Kind.{kind}";
}
