using System.ComponentModel;

namespace Marketplace.Web.Features.Regions;

/// <summary>A region in the API's list.</summary>
public sealed record RegionResponse(
    [property: Description("Kemendagri code, for example \"61\" (province) or \"61.72\" (regency or city); \"00.xx\" for national institutions.")]
    string Code,
    string Name,
    [property: Description("province, regency, city or national.")]
    string Kind,
    [property: Description("Code of the province a regency or city belongs to; null for provinces and national institutions.")]
    string? ParentCode)
{
    public static RegionResponse From(RegionInfo region) =>
        new(region.Code, region.Name, RegionKinds.ApiName(region.Kind), region.ParentCode);
}

/// <summary>One region with its parent's name and, for a province, how many regencies and cities it has.</summary>
public sealed record RegionDetailResponse(
    string Code,
    string Name,
    [property: Description("province, regency, city or national.")]
    string Kind,
    string? ParentCode,
    [property: Description("Name of the parent province; null for provinces and national institutions.")]
    string? Parent,
    [property: Description("Number of regencies and cities of a province; null for other kinds.")]
    int? Children)
{
    public static RegionDetailResponse From(RegionInfo region, RegionSnapshot regions) => new(
        region.Code,
        region.Name,
        RegionKinds.ApiName(region.Kind),
        region.ParentCode,
        region.ParentCode is null ? null : regions.Find(region.ParentCode)?.Name,
        region.Kind == RegionKind.Province ? regions.ChildrenOf(region.Code).Count() : null);
}
