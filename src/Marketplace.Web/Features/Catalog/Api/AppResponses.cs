using System.ComponentModel;
using Marketplace.Web.Features.BestPractices;

namespace Marketplace.Web.Features.Catalog.Api;

public sealed record RegionRef(
    [property: Description("Kemendagri code, for example \"61.72\".")] string Code,
    string Name);

/// <summary>One page of the catalog.</summary>
public sealed record AppListResponse(int Total, int Page, int PageSize, IReadOnlyList<AppSummaryResponse> Items);

/// <summary>An application as the catalog lists it.</summary>
public sealed record AppSummaryResponse(
    string Slug,
    string Name,
    string Summary,
    RegionRef OwnerRegion,
    [property: Description("umum or khusus.")] string SpbeClass,
    [property: Description("concept, development, beta, stable or obsolete.")] string Maturity,
    [property: Description("SPDX license expression.")] string License,
    [property: Description("none, verified or praktik-baik.")] string Curation,
    int AdoptionCount,
    DateTimeOffset? PublishedAt,
    [property: Description("Highest SemVer release; null without releases.")] string? LatestVersion)
{
    public static AppSummaryResponse From(CatalogItem item) => new(
        item.Slug, item.Name, item.Summary, new RegionRef(item.OwnerRegionCode, item.OwnerRegionName), ApiJson.Name(item.Class),
        ApiJson.Name(item.Maturity), item.License, ApiJson.Name(item.Curation), item.AdoptionCount, item.PublishedAt, item.LatestVersion);
}

/// <summary>A whole application: what publiccode.yml describes, the SPBE fields, and its releases newest first.</summary>
public sealed record AppResponse(
    string Slug,
    string Name,
    string Summary,
    [property: Description("Markdown.")] string Description,
    RegionRef OwnerRegion,
    [property: Description("draft, published or archived.")] string Status,
    string SpbeClass,
    string? ServiceDomain,
    string License,
    string? RepositoryUrl,
    string? LandingUrl,
    string Maturity,
    string SoftwareType,
    IReadOnlyList<string> Languages,
    string? DatabaseTech,
    string? OperatingSystem,
    IReadOnlyList<string> Categories,
    [property: Description("Languages and database, lower-case, as the technology filter matches them.")] IReadOnlyList<string> Technology,
    IReadOnlyList<string> Platforms,
    RequirementsResponse Requirements,
    [property: Description("What building the application cost its owner, in rupiah (0 to 10^13); null when not stated. Each running adoption counts it as spending avoided.")] long? BuildCost,
    [property: Description("internal, contract, community or none.")] string MaintenanceType,
    IReadOnlyList<ContactResponse> Contacts,
    string Curation,
    int AdoptionCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<ReleaseResponse> Releases,
    [property: Description("The Kurator's last review: state, criteria met and the next review date; null when never curated.")] CurationResponse? CurationReview = null)
{
    public static AppResponse From(SharedApp app, string ownerName, AppCuration? curation = null)
    {
        IReadOnlyList<string> Tags(TagKind kind) => app.Tags.Where(t => t.Kind == kind).Select(t => t.Value).Order(StringComparer.Ordinal).ToList();
        return new(
            app.Slug, app.Name, app.Summary, app.Description, new RegionRef(app.OwnerRegionCode, ownerName), ApiJson.Name(app.Status),
            ApiJson.Name(app.SpbeClass), app.ServiceDomain, app.License, app.RepositoryUrl, app.LandingUrl, ApiJson.Name(app.Maturity),
            app.SoftwareType, app.Languages, app.DatabaseTech, app.OperatingSystem, Tags(TagKind.Category), Tags(TagKind.Technology),
            Tags(TagKind.Platform), RequirementsResponse.From(app.Requirements), app.BuildCost, ApiJson.Name(app.MaintenanceType),
            app.Contacts.Select(c => new ContactResponse(c.Name, c.Email, c.Phone, c.Affiliation)).ToList(),
            ApiJson.Name(app.Curation), app.AdoptionCount, app.CreatedAt, app.UpdatedAt, app.PublishedAt,
            app.Releases.Select(ReleaseResponse.From).ToList(),
            curation is null ? null : CurationResponse.From(curation));
    }
}

public sealed record RequirementsResponse(int? CpuCores, int? RamGb, int? StorageGb, int? UsersPerServer)
{
    public static RequirementsResponse From(InfrastructureNeeds needs) => new(needs.CpuCores, needs.RamGb, needs.StorageGb, needs.UsersPerServer);
}

public sealed record ContactResponse(string Name, string? Email, string? Phone, string? Affiliation);

public sealed record ReleaseResponse(
    [property: Description("SemVer 2.0.0.")] string Version,
    DateOnly Date,
    [property: Description("Markdown.")] string Notes)
{
    public static ReleaseResponse From(Release release) => new(release.Version, release.Date, release.Notes);
}
