using System.Security.Claims;
using System.Security.Cryptography;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Plugins;

public enum PluginOutcome
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
}

/// <summary>The answer to a package or module change: what happened, the problems, and the context unloaded on the way (tests watch it).</summary>
public sealed record PluginResult(PluginOutcome Outcome, IReadOnlyList<PackageProblem> Problems, WeakReference? Unloaded = null, PluginPackage? Package = null)
{
    public static PluginResult Done(PluginPackage? package = null, WeakReference? unloaded = null) => new(PluginOutcome.Done, [], unloaded, package);

    public static readonly PluginResult NotFound = new(PluginOutcome.NotFound, []);

    public static readonly PluginResult Forbidden = new(PluginOutcome.Forbidden, []);

    public static PluginResult Invalid(params PackageProblem[] problems) => new(PluginOutcome.Invalid, problems);
}

/// <summary>Packages on releases: upload by the owner region, review by a Kurator (approval pins the hash).</summary>
public sealed class PluginPackages(MarketplaceDbContext db, PackageInspector inspector, PackageFiles files, TimeProvider clock)
{
    public async Task<PluginResult> UploadAsync(ClaimsPrincipal user, string slug, string releaseVersion, byte[] zip, CancellationToken cancellationToken)
    {
        var app = await db.Apps.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        switch (CatalogPermissions.EditAccess(user, app))
        {
            case EditStatus.NotFound:
                return PluginResult.NotFound;
            case EditStatus.Forbidden:
                return PluginResult.Forbidden;
        }

        var release = await db.Releases.SingleOrDefaultAsync(r => r.AppId == app!.Id && r.Version == releaseVersion, cancellationToken);
        if (release is null)
        {
            return PluginResult.Invalid(new PackageProblem("Package.NoRelease", releaseVersion));
        }

        if (await Packages.AnyAsync(p => p.ReleaseId == release.Id && p.State != PackageState.Rejected, cancellationToken))
        {
            return PluginResult.Invalid(new PackageProblem("Package.ReleaseHasPackage", release.Version));
        }

        var (inspected, problems) = inspector.Inspect(zip);
        if (inspected is null)
        {
            return new(PluginOutcome.Invalid, problems);
        }

        var manifest = inspected.Manifest;
        if (manifest.Version != release.Version)
        {
            return PluginResult.Invalid(new PackageProblem("Package.VersionMismatch", manifest.Version, release.Version));
        }

        var others = await Packages.Where(p => p.ModuleId == manifest.Id || p.AppId == app!.Id).Select(p => new { p.AppId, p.ModuleId, p.Version, p.State }).ToListAsync(cancellationToken);
        if (others.Any(o => o.AppId != app!.Id))
        {
            return PluginResult.Invalid(new PackageProblem("Package.ModuleIdTaken", manifest.Id));
        }

        if (others.FirstOrDefault(o => o.ModuleId != manifest.Id) is { } earlier)
        {
            return PluginResult.Invalid(new PackageProblem("Package.ModuleIdChanged", manifest.Id, earlier.ModuleId));
        }

        if (others.Any(o => o.Version == manifest.Version))
        {
            // A rejected package of this version: its row goes, the new one takes its place.
            await Packages.Where(p => p.ModuleId == manifest.Id && p.Version == manifest.Version).ExecuteDeleteAsync(cancellationToken);
        }

        await files.SaveAsync(inspected.Sha256, zip, cancellationToken);
        var package = new PluginPackage
        {
            AppId = app!.Id, ReleaseId = release.Id, ModuleId = manifest.Id, Name = manifest.Name, Version = manifest.Version,
            HostApiRange = manifest.HostApi, EntryAssembly = manifest.EntryAssembly, EntryType = manifest.EntryType,
            Permissions = [.. manifest.Permissions], Sha256 = inspected.Sha256, CompressedBytes = inspected.CompressedBytes,
            ExpandedBytes = inspected.ExpandedBytes, EntryCount = inspected.EntryCount, State = PackageState.Pending,
            UploadedBy = user.UserId() ?? "", UploadedAt = clock.GetUtcNow(),
        };
        db.Add(package);
        await db.SaveChangesAsync(cancellationToken);
        return PluginResult.Done(package);
    }

    /// <summary>A Kurator approves: the hash of the stored file must still be the uploaded one, and it is pinned.</summary>
    public async Task<PluginResult> ApproveAsync(ClaimsPrincipal user, int packageId, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Kurator))
        {
            return PluginResult.Forbidden;
        }

        var package = await Packages.SingleOrDefaultAsync(p => p.Id == packageId, cancellationToken);
        if (package is null)
        {
            return PluginResult.NotFound;
        }

        if (package.State != PackageState.Pending)
        {
            return PluginResult.Invalid(new PackageProblem("Review.NotPending", package.Version));
        }

        var path = files.PackagePath(package.Sha256);
        var actual = File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, cancellationToken))) : "";
        if (actual != package.Sha256)
        {
            return PluginResult.Invalid(new PackageProblem("Load.HashMismatch", package.Sha256[..12], actual.Length > 0 ? actual[..12] : "-"));
        }

        package.State = PackageState.Approved;
        package.ApprovedSha256 = package.Sha256;
        package.ReviewReason = null;
        package.ReviewedBy = user.UserId();
        package.ReviewedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return PluginResult.Done(package);
    }

    public async Task<PluginResult> RejectAsync(ClaimsPrincipal user, int packageId, string? reason, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Kurator))
        {
            return PluginResult.Forbidden;
        }

        var package = await Packages.SingleOrDefaultAsync(p => p.Id == packageId, cancellationToken);
        if (package is null)
        {
            return PluginResult.NotFound;
        }

        reason = reason?.Trim();
        if (reason is null || reason.Length is < 5 or > 1000)
        {
            return PluginResult.Invalid(new PackageProblem("Review.ReasonRequired"));
        }

        if (package.State != PackageState.Pending)
        {
            return PluginResult.Invalid(new PackageProblem("Review.NotPending", package.Version));
        }

        package.State = PackageState.Rejected;
        package.ReviewReason = reason;
        package.ReviewedBy = user.UserId();
        package.ReviewedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return PluginResult.Done(package);
    }

    private DbSet<PluginPackage> Packages => db.Set<PluginPackage>();
}
