using Marketplace.Web.Data;
using Marketplace.Web.Features.BestPractices;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Demo;

/// <summary>
/// Praktik Baik for the demo: articles on Jawa Tengah's GRMS and e-Kinerja (featured on the home page) and on
/// Palembang's e-Parkir, written by the demo Kurator, and the curation of three applications. Idempotent: an article
/// whose address exists and an application already curated are left as they are.
/// </summary>
internal sealed class DemoBestPractices(TimeProvider clock) : IDataSeeder
{
    public int Order => 130;

    public async Task SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var kurator = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == "kurator@kominfo.go.id", cancellationToken);
        if (kurator is null)
        {
            return;
        }

        var apps = await db.Apps.AsNoTracking().Where(a => a.Status == AppStatus.Published).ToDictionaryAsync(a => a.Slug, a => a.Id, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var sample in DemoBestPracticeData.Articles)
        {
            if (await db.BestPracticeArticles.AnyAsync(a => a.Slug == sample.Slug, cancellationToken))
            {
                continue;
            }

            var published = now.AddDays(-sample.DaysAgo);
            db.BestPracticeArticles.Add(new BestPracticeArticle
            {
                Slug = sample.Slug,
                Title = sample.Title,
                Summary = sample.Summary,
                Body = sample.Body,
                AuthorId = kurator.Id,
                AuthorName = kurator.FullName,
                CreatedAt = published,
                UpdatedAt = published,
                PublishedAt = published,
                IsFeatured = sample.Featured,
                Apps = sample.Apps.Where(apps.ContainsKey).Select(s => new ArticleApp { AppId = apps[s] }).ToList(),
                Regions = sample.Regions.Select(c => new ArticleRegion { RegionCode = c }).ToList(),
            });
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var (slug, state, criteria, monthsToReview) in DemoBestPracticeData.Curations)
        {
            if (!apps.TryGetValue(slug, out var appId) || await db.AppCurations.AnyAsync(c => c.AppId == appId, cancellationToken))
            {
                continue;
            }

            db.AppCurations.Add(new AppCuration
            {
                AppId = appId,
                State = state,
                CriteriaMet = criteria.Select(c => c.ToString()).ToList(),
                ReviewedAt = now.AddDays(-20),
                NextReviewOn = today.AddMonths(monthsToReview),
                ReviewerName = kurator.FullName,
                Note = null,
            });
            await db.Apps.Where(a => a.Id == appId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Curation, state), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
