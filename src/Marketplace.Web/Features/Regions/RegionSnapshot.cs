namespace Marketplace.Web.Features.Regions;

/// <summary>Every region at one moment, ordered by code, with lookups by code and by parent.</summary>
public sealed class RegionSnapshot
{
    private readonly Dictionary<string, RegionInfo> _byCode;
    private readonly ILookup<string, RegionInfo> _byParent;

    public RegionSnapshot(IEnumerable<RegionInfo> regions)
    {
        All = [.. regions.OrderBy(r => r.Code, StringComparer.Ordinal)];
        _byCode = All.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _byParent = All.Where(r => r.ParentCode is not null).ToLookup(r => r.ParentCode!, StringComparer.Ordinal);
    }

    public IReadOnlyList<RegionInfo> All { get; }

    public RegionInfo? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The regions directly under <paramref name="code"/>, ordered by code; empty when it has none or does not exist.</summary>
    public IEnumerable<RegionInfo> ChildrenOf(string code) => _byParent[code];

    public IEnumerable<RegionInfo> OfKind(RegionKind kind) => All.Where(r => r.Kind == kind);
}
