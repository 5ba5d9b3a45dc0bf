using Marketplace.Web.Data;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>
/// The searchable rows of each type, read either by id (the outbox's keys) or as one keyset page of the whole table (a
/// rebuild): <c>ids</c> null means "the page after <c>after</c>". Unsearchable rows (archived, deleted, hidden, drafts of
/// articles) are filtered out here, so a key that finds no row is one to delete.
/// </summary>
internal sealed class SearchRowQueries(MarketplaceDbContext db)
{
    public Task<List<AppRow>> AppsAsync(IReadOnlyCollection<int>? ids, int after, int take, CancellationToken cancellationToken)
    {
        var apps = db.Apps.AsNoTracking().Where(a => a.Status != AppStatus.Archived);
        apps = ids is null ? apps.Where(a => a.Id > after).OrderBy(a => a.Id).Take(take) : apps.Where(a => ids.Contains(a.Id));
        return apps.Select(a => new AppRow(a.Id, a.Slug, a.Name, a.Summary, a.Description, a.OwnerRegionCode, a.License, a.Maturity, a.Status, a.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Category values per application, in the order they were saved.</summary>
    public async Task<ILookup<int, string>> CategoriesAsync(IReadOnlyCollection<int> appIds, CancellationToken cancellationToken) =>
        (await db.AppTags.AsNoTracking().Where(t => t.Kind == TagKind.Category && appIds.Contains(t.AppId)).OrderBy(t => t.Id)
            .Select(t => new { t.AppId, t.Value }).ToListAsync(cancellationToken))
        .ToLookup(t => t.AppId, t => t.Value);

    public Task<List<ReleaseRow>> ReleasesAsync(IReadOnlyCollection<int>? ids, int after, int take, CancellationToken cancellationToken)
    {
        var releases = from r in db.Releases.AsNoTracking()
                       join a in db.Apps.AsNoTracking() on r.AppId equals a.Id
                       where a.Status != AppStatus.Archived
                       select new { r, a };
        releases = ids is null ? releases.Where(x => x.r.Id > after).OrderBy(x => x.r.Id).Take(take) : releases.Where(x => ids.Contains(x.r.Id));
        return releases.Select(x => new ReleaseRow(x.r.Id, x.r.Version, x.r.Notes, x.r.CreatedAt, x.a.Slug, x.a.Name, x.a.OwnerRegionCode, x.a.Status))
            .ToListAsync(cancellationToken);
    }

    public Task<List<ThreadSourceRow>> ThreadsAsync(IReadOnlyCollection<int>? ids, int after, int take, CancellationToken cancellationToken)
    {
        var threads = from t in db.ForumThreads.AsNoTracking()
                      join b in db.ForumBoards.AsNoTracking() on t.BoardId equals b.Id
                      where t.DeletedAt == null
                      select new { t, b.ReadAccess };
        threads = ids is null ? threads.Where(x => x.t.Id > after).OrderBy(x => x.t.Id).Take(take) : threads.Where(x => ids.Contains(x.t.Id));

        // The first post is the thread's text, unless it was deleted or hidden (the title alone stays findable).
        return threads.Select(x => new ThreadSourceRow(x.t.Id, x.t.Title, x.t.AuthorRegionCode, x.t.CreatedAt, x.ReadAccess,
                db.ForumPosts.Where(p => p.ThreadId == x.t.Id && p.Number == 1 && p.DeletedAt == null && p.HiddenAt == null)
                    .Select(p => p.Body).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public Task<List<PostRow>> PostsAsync(IReadOnlyCollection<int>? ids, int after, int take, CancellationToken cancellationToken)
    {
        var posts = from p in db.ForumPosts.AsNoTracking()
                    join t in db.ForumThreads.AsNoTracking() on p.ThreadId equals t.Id
                    join b in db.ForumBoards.AsNoTracking() on t.BoardId equals b.Id
                    where p.Number > 1 && p.DeletedAt == null && p.HiddenAt == null && t.DeletedAt == null
                    select new { p, t.Title, b.ReadAccess };
        posts = ids is null ? posts.Where(x => x.p.Id > after).OrderBy(x => x.p.Id).Take(take) : posts.Where(x => ids.Contains(x.p.Id));
        return posts.Select(x => new PostRow(x.p.Id, x.p.ThreadId, x.p.Number, x.p.Body, x.p.AuthorRegionCode, x.p.CreatedAt, x.p.EditedAt, x.Title, x.ReadAccess))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Published articles only: a draft is seen by Kurators alone, which no search access value expresses.</summary>
    public Task<List<PracticeRow>> PracticesAsync(IReadOnlyCollection<int>? ids, int after, int take, CancellationToken cancellationToken)
    {
        var articles = db.BestPracticeArticles.AsNoTracking().Where(a => a.PublishedAt != null);
        articles = ids is null ? articles.Where(a => a.Id > after).OrderBy(a => a.Id).Take(take) : articles.Where(a => ids.Contains(a.Id));

        // An article is filed under the first region it is about (the document has one region).
        return articles.Select(a => new PracticeRow(a.Id, a.Slug, a.Title, a.Summary, a.Body, a.UpdatedAt,
                db.ArticleRegions.Where(r => r.ArticleId == a.Id).OrderBy(r => r.RegionCode).Select(r => r.RegionCode).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public Task<List<RegionRow>> RegionsAsync(IReadOnlyCollection<string>? codes, CancellationToken cancellationToken)
    {
        var regions = db.Regions.AsNoTracking();
        regions = codes is null ? regions.OrderBy(r => r.Code) : regions.Where(r => codes.Contains(r.Code));
        return regions.Select(r => new RegionRow(r.Code, r.Name, r.Kind, r.ParentCode)).ToListAsync(cancellationToken);
    }
}
