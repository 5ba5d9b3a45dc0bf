using Marketplace.Web.Data;
using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum;

/// <summary>
/// /forum/aplikasi/{slug}, linked from every application page: makes the application's board the first time (see
/// <see cref="ForumRegistration"/> on why lazily) and redirects to it. Drafts have no discussion.
/// </summary>
public sealed class AppDiscussionModel(MarketplaceDbContext db, ForumService forum) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string appSlug, CancellationToken cancellationToken)
    {
        var app = await db.Apps.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == appSlug, cancellationToken);
        if (app is null || app.Status == AppStatus.Draft)
        {
            return NotFound();
        }

        var board = await forum.EnsureAppBoardAsync(app, cancellationToken);
        return Redirect("/forum/" + board.Slug);
    }
}
