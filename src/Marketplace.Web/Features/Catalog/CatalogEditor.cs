using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Catalog;

/// <summary>Creates and changes applications and their releases, for the form and the API alike, checking rights first.</summary>
public sealed class CatalogEditor(MarketplaceDbContext db, RegionDirectory regions, ILicenseCheck licenses, CatalogCache cache, TimeProvider clock)
{
    /// <summary>The application with its releases (SemVer order, newest first), tags and images; null when unknown.</summary>
    public async Task<SharedApp?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var app = await db.Apps.AsNoTracking().Include(a => a.Tags).Include(a => a.Releases).Include(a => a.Images)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        app?.Releases.Sort((a, b) => SemVer.Compare(b.Version, a.Version));
        return app;
    }

    /// <summary>The application with everything its edit pages show, if <paramref name="user"/> may edit it.</summary>
    public async Task<EditOutcome<SharedApp>> FindForEditAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken)
    {
        var app = await FindAsync(slug, cancellationToken);
        return CatalogPermissions.EditAccess(user, app) switch
        {
            EditStatus.Done => EditOutcome<SharedApp>.Done(app!),
            EditStatus.Forbidden => EditOutcome<SharedApp>.Forbidden,
            _ => EditOutcome<SharedApp>.NotFound,
        };
    }

    public async Task<EditOutcome<SharedApp>> CreateAsync(ClaimsPrincipal user, AppInput input, CancellationToken cancellationToken)
    {
        var owner = string.IsNullOrWhiteSpace(input.OwnerRegionCode) ? user.RegionCode() : input.OwnerRegionCode.Trim();
        if (owner is null || !CatalogPermissions.CanPublishFor(user, owner))
        {
            return EditOutcome<SharedApp>.Forbidden;
        }

        var now = clock.GetUtcNow();
        var app = new SharedApp { Slug = "", Name = "", OwnerRegionCode = owner, CreatedAt = now };
        var errors = await ApplyAsync(app, input, isNew: true, cancellationToken);
        if (errors.Count > 0)
        {
            return EditOutcome<SharedApp>.Invalid(errors);
        }

        db.Apps.Add(app);
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return EditOutcome<SharedApp>.Done(app);
    }

    public async Task<EditOutcome<SharedApp>> UpdateAsync(ClaimsPrincipal user, string slug, AppInput input, CancellationToken cancellationToken)
    {
        var app = await db.Apps.Include(a => a.Tags).SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        switch (CatalogPermissions.EditAccess(user, app))
        {
            case EditStatus.NotFound:
                return EditOutcome<SharedApp>.NotFound;
            case EditStatus.Forbidden:
                return EditOutcome<SharedApp>.Forbidden;
        }

        var newOwner = string.IsNullOrWhiteSpace(input.OwnerRegionCode) ? app!.OwnerRegionCode : input.OwnerRegionCode.Trim();
        if (!CatalogPermissions.CanPublishFor(user, newOwner))
        {
            return EditOutcome<SharedApp>.Forbidden;
        }

        app!.OwnerRegionCode = newOwner;
        var errors = await ApplyAsync(app, input, isNew: false, cancellationToken);
        if (errors.Count > 0)
        {
            return EditOutcome<SharedApp>.Invalid(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return EditOutcome<SharedApp>.Done(app);
    }

    public async Task<EditOutcome<Release>> AddReleaseAsync(ClaimsPrincipal user, string slug, ReleaseInput input, CancellationToken cancellationToken)
    {
        var app = await db.Apps.SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        switch (CatalogPermissions.EditAccess(user, app))
        {
            case EditStatus.NotFound:
                return EditOutcome<Release>.NotFound;
            case EditStatus.Forbidden:
                return EditOutcome<Release>.Forbidden;
        }

        var errors = new List<FieldError>();
        var version = input.Version?.Trim();
        if (string.IsNullOrEmpty(version))
        {
            errors.Add(new(nameof(input.Version), "Validation.Required"));
        }
        else if (version.Length > 100 || !SemVer.TryParse(version, out _))
        {
            errors.Add(new(nameof(input.Version), "Catalog.VersionInvalid", version));
        }
        else if (await db.Releases.AnyAsync(r => r.AppId == app!.Id && r.Version == version, cancellationToken))
        {
            errors.Add(new(nameof(input.Version), "Catalog.VersionTaken", version));
        }

        if ((input.Notes?.Length ?? 0) > AppRules.DescriptionMax)
        {
            errors.Add(new(nameof(input.Notes), "Validation.TooLong", AppRules.DescriptionMax));
        }

        if (errors.Count > 0)
        {
            return EditOutcome<Release>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var release = new Release
        {
            AppId = app!.Id,
            Version = version!,
            Date = input.Date ?? DateOnly.FromDateTime(now.UtcDateTime),
            Notes = input.Notes?.Trim() ?? "",
            CreatedAt = now,
        };
        db.Releases.Add(release);
        app!.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome<Release>.Done(release);
    }

    private async Task<List<FieldError>> ApplyAsync(SharedApp app, AppInput input, bool isNew, CancellationToken cancellationToken)
    {
        var errors = AppRules.Check(input, licenses);
        var directory = await regions.GetAsync(cancellationToken);
        if (directory.Find(app.OwnerRegionCode) is not { } owner)
        {
            errors.Add(new(nameof(input.OwnerRegionCode), "Catalog.UnknownRegion"));
            return errors;
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? (isNew ? Slugs.From(input.Name ?? "") : app.Slug) : input.Slug.Trim();
        if (!errors.Any(e => e.Field == nameof(input.Slug)) && !string.IsNullOrEmpty(input.Name))
        {
            if (!Slugs.IsValid(slug))
            {
                errors.Add(new(nameof(input.Slug), "Catalog.SlugInvalid"));
            }
            else if (slug != app.Slug && await db.Apps.AnyAsync(a => a.Slug == slug, cancellationToken))
            {
                errors.Add(new(nameof(input.Slug), "Catalog.SlugTaken", slug));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.GetUtcNow();
        app.Slug = slug;
        app.Name = input.Name!.Trim();
        app.Summary = input.Summary!.Trim();
        app.Description = input.Description?.Trim() ?? "";
        app.OwnerProvinceCode = AppTags.ProvinceOf(owner);
        app.SpbeClass = input.SpbeClass;
        app.ServiceDomain = Blank(input.ServiceDomain);
        app.License = input.License!.Trim();
        app.RepositoryUrl = Blank(input.RepositoryUrl);
        app.LandingUrl = Blank(input.LandingUrl);
        app.Maturity = input.Maturity;
        app.SoftwareType = Blank(input.SoftwareType) ?? "standalone/web";
        app.Languages = [.. AppInput.SplitList(input.Languages)];
        app.DatabaseTech = Blank(input.DatabaseTech);
        app.OperatingSystem = Blank(input.OperatingSystem);
        app.Requirements = new InfrastructureNeeds { CpuCores = input.CpuCores, RamGb = input.RamGb, StorageGb = input.StorageGb, UsersPerServer = input.UsersPerServer };
        app.BuildCost = input.BuildCost;
        app.MaintenanceType = input.MaintenanceType;
        app.Contacts = input.Contacts.Select(c => new MaintenanceContact { Name = c.Name.Trim(), Email = Blank(c.Email), Phone = Blank(c.Phone), Affiliation = Blank(c.Affiliation) }).ToList();
        app.Tags = Tags(input, app.Languages, app.DatabaseTech);
        app.UpdatedAt = now;
        if (input.Publish && app.Status != AppStatus.Published)
        {
            app.Status = AppStatus.Published;
            app.PublishedAt ??= now;
        }

        return errors;
    }

    private static List<AppTag> Tags(AppInput input, IEnumerable<string> languages, string? database) =>
        AppTags.From(AppInput.SplitList(input.Categories), languages, database, AppInput.SplitList(input.Platforms));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
