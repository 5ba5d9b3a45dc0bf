namespace Marketplace.Web.Features.Regions;

/// <summary>A region as the rest of the site reads it: an immutable copy, safe to share between requests.</summary>
public sealed record RegionInfo(string Code, string Name, RegionKind Kind, string? ParentCode);
