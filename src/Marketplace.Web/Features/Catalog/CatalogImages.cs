using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Catalog;

/// <summary>An application's logo (one) and screenshots (up to <see cref="MaxScreenshots"/>), stored by the uploads service.</summary>
public sealed class CatalogImages(MarketplaceDbContext db, ImageUploads uploads, TimeProvider clock)
{
    public const int MaxScreenshots = 8;

    public sealed record Outcome(EditStatus Status, UploadFailure? Failure = null, bool TooMany = false);

    public async Task<Outcome> AddAsync(ClaimsPrincipal user, string slug, ImageKind kind, string? caption, Stream content, long length, CancellationToken cancellationToken)
    {
        var (access, app) = await AccessAsync(user, slug, cancellationToken);
        if (access != EditStatus.Done)
        {
            return new Outcome(access);
        }

        var existing = await db.AppImages.Where(i => i.AppId == app.Id && i.Kind == kind).ToListAsync(cancellationToken);
        if (kind == ImageKind.Screenshot && existing.Count >= MaxScreenshots)
        {
            return new Outcome(EditStatus.Invalid, TooMany: true);
        }

        var saved = await uploads.SaveAsync(content, length, cancellationToken);
        if (!saved.Succeeded)
        {
            return new Outcome(EditStatus.Invalid, saved.Failure);
        }

        if (kind == ImageKind.Logo)
        {
            // One logo: the new one replaces the old, file included.
            db.AppImages.RemoveRange(existing);
            existing.ForEach(i => uploads.Delete(i.StoredName));
        }

        db.AppImages.Add(new AppImage
        {
            AppId = app.Id,
            Kind = kind,
            StoredName = saved.StoredName!,
            ContentType = saved.ContentType!,
            Length = saved.Length,
            Caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim()[..Math.Min(caption.Trim().Length, 200)],
            Order = kind == ImageKind.Logo ? 0 : existing.Count,
            CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // The row was not written, so the file would be an orphan nobody can reach.
            uploads.Delete(saved.StoredName!);
            throw;
        }

        return new Outcome(EditStatus.Done);
    }

    public async Task<Outcome> RemoveAsync(ClaimsPrincipal user, string slug, int imageId, CancellationToken cancellationToken)
    {
        var (access, app) = await AccessAsync(user, slug, cancellationToken);
        if (access != EditStatus.Done)
        {
            return new Outcome(access);
        }

        if (await db.AppImages.SingleOrDefaultAsync(i => i.Id == imageId && i.AppId == app.Id, cancellationToken) is not { } image)
        {
            return new Outcome(EditStatus.NotFound);
        }

        db.AppImages.Remove(image);
        await db.SaveChangesAsync(cancellationToken);
        uploads.Delete(image.StoredName);
        return new Outcome(EditStatus.Done);
    }

    private async Task<(EditStatus, SharedApp)> AccessAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken)
    {
        var app = await db.Apps.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        return (CatalogPermissions.EditAccess(user, app), app!);
    }
}
