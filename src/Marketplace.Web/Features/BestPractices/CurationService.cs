using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>
/// A Kurator's marks on applications. The curation row and <see cref="SharedApp.Curation"/> are saved in one
/// SaveChanges (one transaction), and the catalog's cached counts are dropped so its filter shows the change at once.
/// </summary>
public sealed class CurationService(MarketplaceDbContext db, CatalogCache cache, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<AppCuration?> FindAsync(int appId, CancellationToken cancellationToken) =>
        db.Set<AppCuration>().AsNoTracking().SingleOrDefaultAsync(c => c.AppId == appId, cancellationToken);

    /// <summary>The curation of the application at <paramref name="slug"/>, for the API (null without one).</summary>
    public Task<AppCuration?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Set<AppCuration>().AsNoTracking().Where(c => db.Apps.Any(a => a.Id == c.AppId && a.Slug == slug)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Marked applications whose review date has passed, the longest overdue first.</summary>
    public async Task<List<(SharedApp App, AppCuration Curation)>> OverdueAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var rows = await db.Set<AppCuration>().AsNoTracking()
            .Where(c => c.State != CurationState.None && c.NextReviewOn < today)
            .Join(db.Apps.AsNoTracking(), c => c.AppId, a => a.Id, (c, a) => new { c, a })
            .OrderBy(x => x.c.NextReviewOn).ThenBy(x => x.a.Name).ToListAsync(cancellationToken);
        return rows.Select(x => (x.a, x.c)).ToList();
    }

    /// <summary>Saves the decision about <paramref name="app"/>; "None" removes the mark and its record.</summary>
    public async Task<EditOutcome<AppCuration>> SaveAsync(ClaimsPrincipal user, SharedApp app, CurationInput input, CancellationToken cancellationToken)
    {
        if (!BestPracticePermissions.CanWrite(user))
        {
            return EditOutcome<AppCuration>.Forbidden;
        }

        if (CurationRules.Check(input, Today) is { Count: > 0 } errors)
        {
            return EditOutcome<AppCuration>.Invalid(errors);
        }

        var tracked = await db.Apps.SingleOrDefaultAsync(a => a.Id == app.Id, cancellationToken);
        if (tracked is null)
        {
            return EditOutcome<AppCuration>.NotFound;
        }

        var curation = await db.Set<AppCuration>().SingleOrDefaultAsync(c => c.AppId == app.Id, cancellationToken);
        var state = input.State!.Value;
        tracked.Curation = state;
        if (state == CurationState.None)
        {
            if (curation is not null)
            {
                db.Remove(curation);
            }

            curation = new AppCuration { AppId = app.Id, State = state, ReviewerName = user.DisplayName() };
        }
        else
        {
            if (curation is null)
            {
                curation = new AppCuration { AppId = app.Id, ReviewerName = "" };
                db.Add(curation);
            }

            curation.State = state;
            curation.CriteriaMet = CurationCriteria.Parse(input.Criteria).Select(c => c.ToString()).ToList();
            curation.NextReviewOn = input.NextReviewOn!.Value;
            curation.ReviewedAt = clock.GetUtcNow();
            curation.ReviewerName = user.DisplayName();
            curation.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return EditOutcome<AppCuration>.Done(curation);
    }
}
