using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Forum.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Demo;

/// <summary>
/// The demo's pokja story from first post to endorsement: on Pokja Kebijakan, Semarang opens a thread on aligning regional
/// application plans with the SPBE targets of Perpres 95/2018, Palembang, Jawa Tengah and Singkawang answer, and the
/// thread produces a recommendation with two versions, the members' verdicts and the Kurator's endorsement. The accounts
/// become pokja members only when they are not yet (other demo data may add them too); the thread and the recommendation
/// are added only when missing, so a restart adds nothing.
/// </summary>
internal sealed class DemoRecommendations(TimeProvider clock, ILogger<DemoRecommendations> logger) : IDataSeeder
{
    public int Order => 150;

    public async Task SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var board = await db.ForumBoards.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == DemoRecommendationData.Board, cancellationToken);
        string[] emails = [.. DemoRecommendationData.Members, DemoRecommendationData.Kurator];
        var users = await db.Users.AsNoTracking().Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, cancellationToken);
        if (board is null || !emails.All(users.ContainsKey))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var kurator = users[DemoRecommendationData.Kurator];
        foreach (var email in DemoRecommendationData.Members)
        {
            var id = users[email].Id;
            if (!await db.ForumBoardMembers.AnyAsync(m => m.BoardId == board.Id && m.UserId == id, cancellationToken))
            {
                db.ForumBoardMembers.Add(new BoardMember { BoardId = board.Id, UserId = id, AddedAt = now.AddDays(-60), AddedByName = kurator.FullName });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var thread = await db.ForumThreads.AsNoTracking().FirstOrDefaultAsync(t => t.BoardId == board.Id && t.Title == DemoRecommendationData.ThreadTitle, cancellationToken)
            ?? await AddThreadAsync(db, board, users, now, cancellationToken);
        if (await db.ForumRecommendations.AnyAsync(r => r.SourceThreadId == thread.Id, cancellationToken))
        {
            return;
        }

        await AddRecommendationAsync(db, board, thread, users, now, cancellationToken);
        logger.LogInformation("Demo mode: the pokja recommendation on Perpres 95/2018 added");
    }

    private static async Task<ForumThread> AddThreadAsync(MarketplaceDbContext db, Board board, Dictionary<string, ApplicationUser> users, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var posts = DemoRecommendationData.Posts;
        var starter = users[posts[0].Email];
        var thread = new ForumThread
        {
            BoardId = board.Id,
            Title = DemoRecommendationData.ThreadTitle,
            AuthorId = starter.Id,
            AuthorName = starter.FullName,
            AuthorRegionCode = starter.RegionCode ?? "",
            CreatedAt = PostedAt(now, 0),
            LastPostAt = PostedAt(now, posts.Count - 1),
            PostCount = posts.Count,
            Tags = [new() { Tag = "spbe" }, new() { Tag = "perpres-95-2018" }],
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ForumThreads.Add(thread);
        await db.SaveChangesAsync(cancellationToken);
        var number = 0;
        foreach (var (email, _, body) in posts)
        {
            var author = users[email];
            var at = PostedAt(now, number);
            db.ForumPosts.Add(new Post
            {
                ThreadId = thread.Id,
                Number = ++number,
                AuthorId = author.Id,
                AuthorName = author.FullName,
                AuthorRegionCode = author.RegionCode ?? "",
                Body = body,
                CreatedAt = at,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.ForumBoards.Where(b => b.Id == board.Id).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.ThreadCount, b => b.ThreadCount + 1)
            .SetProperty(b => b.PostCount, b => b.PostCount + posts.Count)
            .SetProperty(b => b.LastPostAt, board.LastPostAt > thread.LastPostAt ? board.LastPostAt : thread.LastPostAt), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return thread;
    }

    // The i-th post's moment: its day in the sample, at a working hour that differs per post.
    private static DateTimeOffset PostedAt(DateTimeOffset now, int index) =>
        now.AddDays(-DemoRecommendationData.Posts[index].DaysAgo).AddHours(index + 1);

    private static async Task AddRecommendationAsync(
        MarketplaceDbContext db, Board board, ForumThread thread, Dictionary<string, ApplicationUser> users, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dewi = users[DemoRecommendationData.Members[0]];
        var kurator = users[DemoRecommendationData.Kurator];
        DateTimeOffset Day(int daysAgo) => now.AddDays(-daysAgo);
        var recommendation = new Recommendation
        {
            BoardId = board.Id,
            SourceThreadId = thread.Id,
            Title = DemoRecommendationData.RecommendationTitle,
            State = RecommendationState.Disahkan,
            CurrentVersion = 2,
            CreatedById = dewi.Id,
            CreatedByName = dewi.FullName,
            CreatedAt = Day(35),
            UpdatedAt = Day(20),
            EndorsedById = kurator.Id,
            EndorsedByName = kurator.FullName,
            EndorsedAt = Day(20),
            Revision = 4,
            Events =
            [
                new() { From = null, To = RecommendationState.Draf, ById = dewi.Id, ByName = dewi.FullName, At = Day(35) },
                new() { From = RecommendationState.Draf, To = RecommendationState.Ditinjau, ById = dewi.Id, ByName = dewi.FullName, At = Day(30), Note = "Versi 2 siap ditinjau anggota pokja." },
                new() { From = RecommendationState.Ditinjau, To = RecommendationState.Disahkan, ById = kurator.Id, ByName = kurator.FullName, At = Day(20), Note = "Disahkan sebagai rujukan telaah usulan aplikasi daerah." },
            ],
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ForumRecommendations.Add(recommendation);
        await db.SaveChangesAsync(cancellationToken);
        var jateng = users[DemoRecommendationData.Members[2]];
        db.ForumRecommendationVersions.AddRange(
            new RecommendationVersion { RecommendationId = recommendation.Id, Number = 1, Title = "Telaah usulan aplikasi daerah terhadap arsitektur SPBE", Body = DemoRecommendationData.FirstBody, AuthorId = dewi.Id, AuthorName = dewi.FullName, CreatedAt = Day(35) },
            new RecommendationVersion { RecommendationId = recommendation.Id, Number = 2, Title = DemoRecommendationData.RecommendationTitle, Body = DemoRecommendationData.SecondBody, ChangeNote = DemoRecommendationData.SecondChangeNote, AuthorId = jateng.Id, AuthorName = jateng.FullName, CreatedAt = Day(31) });
        var daysAgo = 29;
        foreach (var email in DemoRecommendationData.Members)
        {
            var member = users[email];
            db.ForumRecommendationReviews.Add(new RecommendationReview
            {
                RecommendationId = recommendation.Id,
                VersionNumber = 2,
                UserId = member.Id,
                UserName = member.FullName,
                RegionCode = member.RegionCode ?? "",
                Verdict = ReviewVerdict.Setuju,
                Comment = email == DemoRecommendationData.Members[3] ? "Daftar periksa satu halaman sangat membantu daerah kecil." : null,
                At = Day(daysAgo--),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
