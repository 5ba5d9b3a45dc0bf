using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>
/// Creates a draft application of the user's region from a valid publiccode.yml, or updates the application with the
/// same slug when the user may edit it. A slug owned by another region is refused.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class ImportModel(
    MarketplaceDbContext db, RegionDirectory regions, TimeProvider clock, IStringLocalizer<PublicCodeText> text, CatalogCache cache,
    IEnumerable<IPublicCodeImportObserver> observers) : PublicCodeForm(text)
{
    public IActionResult OnGet() => CatalogPermissions.CanPublishAnything(User) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CatalogPermissions.CanPublishAnything(User))
        {
            return Forbid();
        }

        if (await ReadInputAsync(cancellationToken) is not { } content || Check(content) is not { Valid: true } report)
        {
            return Page();
        }

        var region = User.RegionCode() is { } code ? (await regions.GetAsync(cancellationToken)).Find(code) : null;
        if (region is null)
        {
            ModelState.AddModelError("", Text["Import.NoRegion"]);
            return Page();
        }

        var (_, imported) = PublicCodeImporter.Import(Yaml!, region.Code);
        if (imported is null || imported.Slug.Length == 0)
        {
            ModelState.AddModelError("", Text["Import.NoSlug"]);
            return Page();
        }

        var existing = await db.Apps.Include(a => a.Tags).Include(a => a.Releases).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Slug == imported.Slug, cancellationToken);
        if (existing is not null && !CatalogPermissions.CanEdit(User, existing))
        {
            ModelState.AddModelError("", Text["Import.OtherRegion", imported.Slug]);
            return Page();
        }

        var now = clock.GetUtcNow();
        if (existing is null)
        {
            imported.OwnerProvinceCode = region.Kind == RegionKind.Province ? region.Code : region.ParentCode;
            imported.Status = AppStatus.Draft;
            imported.CreatedAt = imported.UpdatedAt = now;
            imported.Releases.ForEach(r => r.CreatedAt = now);
            db.Apps.Add(imported);
        }
        else
        {
            Update(existing, imported, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        var app = existing ?? imported;
        foreach (var observer in observers)
        {
            await observer.ImportedAsync(app, User.UserId()!, report, cancellationToken);
        }

        return Redirect($"/katalog/{imported.Slug}");
    }

    /// <summary>The publiccode.yml fields replace the stored ones; SPBE fields, status and curation stay as they are.</summary>
    private static void Update(SharedApp app, SharedApp imported, DateTimeOffset now)
    {
        app.Name = imported.Name;
        app.Summary = imported.Summary;
        app.Description = imported.Description;
        app.License = imported.License;
        app.RepositoryUrl = imported.RepositoryUrl;
        app.LandingUrl = imported.LandingUrl;
        app.Maturity = imported.Maturity;
        app.SoftwareType = imported.SoftwareType;
        app.MaintenanceType = imported.MaintenanceType;
        app.Contacts = imported.Contacts;
        app.PublicCodeExtra = imported.PublicCodeExtra;
        app.Tags.RemoveAll(t => t.Kind != TagKind.Technology);
        app.Tags.AddRange(imported.Tags);
        foreach (var release in imported.Releases.Where(r => app.Releases.All(known => known.Version != r.Version)))
        {
            release.CreatedAt = now;
            app.Releases.Add(release);
        }

        app.UpdatedAt = now;
    }
}
