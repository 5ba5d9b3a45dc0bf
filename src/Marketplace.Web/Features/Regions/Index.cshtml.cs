using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Regions;

/// <summary>The provinces with their numbers of regencies and cities, the national institutions, and a filter by name.</summary>
public sealed class IndexModel(RegionDirectory directory) : PageModel
{
    public const int MaxQueryLength = 100;

    public string Query { get; private set; } = "";

    public IReadOnlyList<ProvinceRow> Provinces { get; private set; } = [];

    public IReadOnlyList<RegionInfo> National { get; private set; } = [];

    /// <summary>Regencies and cities whose name matches the query, with their province; empty without a query.</summary>
    public IReadOnlyList<(RegionInfo Region, RegionInfo? Province)> Matches { get; private set; } = [];

    public bool NothingFound => Provinces.Count == 0 && National.Count == 0 && Matches.Count == 0;

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        var regions = await directory.GetAsync(cancellationToken);
        Query = (q ?? "").Trim();
        if (Query.Length > MaxQueryLength)
        {
            Query = Query[..MaxQueryLength];
        }

        bool Matching(RegionInfo r) => r.Name.Contains(Query, StringComparison.OrdinalIgnoreCase);

        Provinces = [.. regions.OfKind(RegionKind.Province).Where(Matching).Select(p => ProvinceRow.Of(p, regions))];
        National = [.. regions.OfKind(RegionKind.National).Where(Matching)];
        Matches = Query.Length == 0
            ? []
            : [.. regions.All
                .Where(r => r.Kind is RegionKind.Regency or RegionKind.City && Matching(r))
                .Select(r => (r, r.ParentCode is null ? null : regions.Find(r.ParentCode)))];
    }
}

public sealed record ProvinceRow(RegionInfo Province, int Regencies, int Cities)
{
    public static ProvinceRow Of(RegionInfo province, RegionSnapshot regions)
    {
        var children = regions.ChildrenOf(province.Code).ToList();
        return new(province, children.Count(c => c.Kind == RegionKind.Regency), children.Count(c => c.Kind == RegionKind.City));
    }
}
