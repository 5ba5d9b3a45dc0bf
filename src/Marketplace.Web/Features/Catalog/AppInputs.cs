namespace Marketplace.Web.Features.Catalog;

internal static class AppInputs
{
    /// <summary>The form as it was last saved.</summary>
    public static AppInput From(SharedApp app) => new()
    {
        Name = app.Name,
        Slug = app.Slug,
        Summary = app.Summary,
        Description = app.Description,
        OwnerRegionCode = app.OwnerRegionCode,
        SpbeClass = app.SpbeClass,
        ServiceDomain = app.ServiceDomain,
        Categories = string.Join(", ", app.Tags.Where(t => t.Kind == TagKind.Category).Select(t => t.Value).Order()),
        License = app.License,
        RepositoryUrl = app.RepositoryUrl,
        LandingUrl = app.LandingUrl,
        Maturity = app.Maturity,
        SoftwareType = app.SoftwareType,
        Languages = string.Join(", ", app.Languages),
        DatabaseTech = app.DatabaseTech,
        OperatingSystem = app.OperatingSystem,
        Platforms = string.Join(", ", app.Tags.Where(t => t.Kind == TagKind.Platform).Select(t => t.Value).Order()),
        CpuCores = app.Requirements.CpuCores,
        RamGb = app.Requirements.RamGb,
        StorageGb = app.Requirements.StorageGb,
        UsersPerServer = app.Requirements.UsersPerServer,
        BuildCost = app.BuildCost,
        MaintenanceType = app.MaintenanceType,
        Contacts = app.Contacts.Select(c => new MaintenanceContact { Name = c.Name, Email = c.Email, Phone = c.Phone, Affiliation = c.Affiliation }).ToList(),
        Publish = app.Status == AppStatus.Published,
    };
}
