using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>Reads and writes Praktik Baik articles; links are checked against the catalog and the region directory.</summary>
public sealed class ArticleService(MarketplaceDbContext db, RegionDirectory regions, TimeProvider clock)
{
    public const int FeaturedCount = 3;

    /// <summary>Published articles, newest first.</summary>
    public Task<List<BestPracticeArticle>> PublishedAsync(CancellationToken cancellationToken) =>
        db.Set<BestPracticeArticle>().AsNoTracking().Include(a => a.Apps).Include(a => a.Regions).AsSplitQuery().Where(a => a.PublishedAt != null)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>Drafts, for the Kurator's list.</summary>
    public Task<List<BestPracticeArticle>> DraftsAsync(CancellationToken cancellationToken) =>
        db.Set<BestPracticeArticle>().AsNoTracking().Where(a => a.PublishedAt == null)
            .OrderByDescending(a => a.UpdatedAt).ToListAsync(cancellationToken);

    public Task<List<BestPracticeArticle>> FeaturedAsync(CancellationToken cancellationToken) =>
        db.Set<BestPracticeArticle>().AsNoTracking().Where(a => a.PublishedAt != null && a.IsFeatured)
            .OrderByDescending(a => a.PublishedAt).Take(FeaturedCount).ToListAsync(cancellationToken);

    /// <summary>Published articles linked to the application.</summary>
    public Task<List<BestPracticeArticle>> ForAppAsync(int appId, CancellationToken cancellationToken) =>
        db.Set<BestPracticeArticle>().AsNoTracking()
            .Where(a => a.PublishedAt != null && a.Apps.Any(l => l.AppId == appId))
            .OrderByDescending(a => a.PublishedAt).ToListAsync(cancellationToken);

    /// <summary>Published articles linked to the region.</summary>
    public Task<List<BestPracticeArticle>> ForRegionAsync(string regionCode, CancellationToken cancellationToken) =>
        db.Set<BestPracticeArticle>().AsNoTracking()
            .Where(a => a.PublishedAt != null && a.Regions.Any(l => l.RegionCode == regionCode))
            .OrderByDescending(a => a.PublishedAt).ToListAsync(cancellationToken);

    /// <summary>The article with its links, if <paramref name="user"/> may see it (drafts: Kurator only).</summary>
    public async Task<BestPracticeArticle?> FindAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken)
    {
        var article = await db.Set<BestPracticeArticle>().AsNoTracking().Include(a => a.Apps).Include(a => a.Regions)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        return article is not null && (article.PublishedAt is not null || BestPracticePermissions.CanWrite(user)) ? article : null;
    }

    /// <summary>The applications an article links, as the catalog names them (drafts left out).</summary>
    public Task<List<SharedApp>> LinkedAppsAsync(BestPracticeArticle article, CancellationToken cancellationToken)
    {
        var ids = article.Apps.Select(l => l.AppId).ToList();
        return db.Apps.AsNoTracking().Where(a => ids.Contains(a.Id) && a.Status != AppStatus.Draft).OrderBy(a => a.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Application addresses by id, for the API's links.</summary>
    public Task<Dictionary<int, string>> AppSlugsAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return db.Apps.AsNoTracking().Where(a => wanted.Contains(a.Id) && a.Status != AppStatus.Draft).ToDictionaryAsync(a => a.Id, a => a.Slug, cancellationToken);
    }

    /// <summary>The form's values for an existing article.</summary>
    public async Task<ArticleInput> InputOfAsync(BestPracticeArticle article, CancellationToken cancellationToken)
    {
        var ids = article.Apps.Select(l => l.AppId).ToList();
        var slugs = await db.Apps.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync(cancellationToken);
        return new ArticleInput
        {
            Title = article.Title,
            Summary = article.Summary,
            Body = article.Body,
            AppSlugs = string.Join(", ", slugs),
            RegionCodes = string.Join(", ", article.Regions.Select(r => r.RegionCode).Order(StringComparer.Ordinal)),
            Publish = article.PublishedAt is not null,
            Featured = article.IsFeatured,
        };
    }

    /// <summary>
    /// Creates (when <paramref name="slug"/> is null) or changes an article. A Kurator only; NotFound for an unknown slug,
    /// Invalid with every refused field otherwise.
    /// </summary>
    public async Task<EditOutcome<BestPracticeArticle>> SaveAsync(ClaimsPrincipal user, string? slug, ArticleInput input, CancellationToken cancellationToken)
    {
        if (!BestPracticePermissions.CanWrite(user))
        {
            return EditOutcome<BestPracticeArticle>.Forbidden;
        }

        BestPracticeArticle? article = null;
        if (slug is not null)
        {
            article = await db.Set<BestPracticeArticle>().Include(a => a.Apps).Include(a => a.Regions).AsSplitQuery()
                .SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
            if (article is null)
            {
                return EditOutcome<BestPracticeArticle>.NotFound;
            }
        }

        var errors = ArticleRules.Check(input).ToList();
        var appSlugs = ArticleRules.Split(input.AppSlugs);
        var apps = await db.Apps.AsNoTracking().Where(a => appSlugs.Contains(a.Slug) && a.Status != AppStatus.Draft)
            .Select(a => new { a.Id, a.Slug }).ToListAsync(cancellationToken);
        var unknownApps = appSlugs.Except(apps.Select(a => a.Slug), StringComparer.Ordinal).ToList();
        if (unknownApps.Count > 0)
        {
            errors.Add(new("AppSlugs", "Article.UnknownApps", string.Join(", ", unknownApps)));
        }

        var directory = await regions.GetAsync(cancellationToken);
        var regionCodes = ArticleRules.Split(input.RegionCodes);
        var unknownRegions = regionCodes.Where(c => directory.Find(c) is null).ToList();
        if (unknownRegions.Count > 0)
        {
            errors.Add(new("RegionCodes", "Article.UnknownRegions", string.Join(", ", unknownRegions)));
        }

        if (errors.Count > 0)
        {
            return EditOutcome<BestPracticeArticle>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        if (article is null)
        {
            var taken = await db.Set<BestPracticeArticle>().Select(a => a.Slug).ToListAsync(cancellationToken);
            article = new BestPracticeArticle
            {
                Slug = ArticleRules.SlugFor(input.Title!, new HashSet<string>(taken, StringComparer.Ordinal).Contains),
                Title = "",
                AuthorId = user.UserId() ?? "",
                AuthorName = user.DisplayName(),
                CreatedAt = now,
            };
            db.Add(article);
        }

        article.Title = input.Title!.Trim();
        article.Summary = input.Summary!.Trim();
        article.Body = input.Body!;
        article.UpdatedAt = now;
        article.PublishedAt = input.Publish ? article.PublishedAt ?? now : null;
        article.IsFeatured = input.Publish && input.Featured;
        article.Apps.RemoveAll(l => !apps.Any(a => a.Id == l.AppId));
        article.Apps.AddRange(apps.Where(a => !article.Apps.Any(l => l.AppId == a.Id)).Select(a => new ArticleApp { AppId = a.Id }));
        article.Regions.RemoveAll(l => !regionCodes.Contains(l.RegionCode));
        article.Regions.AddRange(regionCodes.Where(c => !article.Regions.Any(l => l.RegionCode == c)).Select(c => new ArticleRegion { RegionCode = c }));
        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome<BestPracticeArticle>.Done(article);
    }
}
