using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Forum;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Demo;

/// <summary>
/// The demo forum: the demo accounts join the pokja boards their positions name (regional heads join all three), and
/// the threads of <see cref="DemoForumData"/> are written through <see cref="ForumService"/> as the accounts themselves,
/// oldest post first, on a clock set to each post's date. So counters, post numbers, mentions, watchers and
/// notifications come out exactly as if the people had typed them. Idempotent: a thread whose title its board already
/// has is skipped with its replies, and a member is added once.
/// </summary>
internal sealed class DemoForum(
    IServiceProvider services, IUserClaimsPrincipalFactory<ApplicationUser> principals, TimeProvider clock, ILogger<DemoForum> logger) : IDataSeeder
{
    public int Order => 140;

    public async Task SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var emails = DemoRecipe.Accounts.Select(a => a.Email.ToUpperInvariant()).ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => emails.Contains(u.NormalizedEmail!))
            .ToDictionaryAsync(u => u.Email!, StringComparer.OrdinalIgnoreCase, cancellationToken);
        if (!accounts.TryGetValue(DemoForumData.Kurator, out var kurator))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var at = new DemoClock(now.AddDays(-45));
        var forum = ActivatorUtilities.CreateInstance<ForumService>(services, (TimeProvider)at);
        var people = new Dictionary<string, ClaimsPrincipal>(StringComparer.OrdinalIgnoreCase);
        async Task<ClaimsPrincipal> As(string email) =>
            people.TryGetValue(email, out var known) ? known : people[email] = await principals.CreateAsync(accounts[email]);

        await JoinPokjasAsync(db, forum, await As(DemoForumData.Kurator), cancellationToken);
        var plan = await PlanAsync(db, forum, accounts, cancellationToken);

        // Every post of every new thread, oldest first, so ids, counters and "last post" follow the dates.
        var posts = plan.SelectMany(p => p.Thread.Posts.Select((post, index) =>
            (p.Thread, p.Board, Index: index, Post: post, At: now.AddDays(-p.Thread.DaysAgo).AddHours(post.HoursAfterStart))))
            .OrderBy(x => x.At).ToList();
        var threadIds = new Dictionary<DemoForumData.DemoThread, int>();
        var postIds = new Dictionary<(DemoForumData.DemoThread, int), int>();
        foreach (var (thread, board, index, post, when) in posts)
        {
            at.Now = when;
            var author = await As(post.Author);
            if (index == 0)
            {
                var started = await forum.CreateThreadAsync(author, board.Slug, new ThreadInput { Title = thread.Title, Body = post.Body, Tags = thread.Tags }, cancellationToken);
                if (started.Value is { } created)
                {
                    threadIds[thread] = created.Id;
                    postIds[(thread, 0)] = await db.ForumPosts.Where(p => p.ThreadId == created.Id && p.Number == 1).Select(p => p.Id).SingleAsync(cancellationToken);
                }
                else
                {
                    logger.LogWarning("Demo forum: \"{Title}\" on {Board} was refused ({Status})", thread.Title, board.Slug, started.Status);
                }
            }
            else if (threadIds.TryGetValue(thread, out var threadId))
            {
                var reply = await forum.ReplyAsync(author, threadId, new PostInput { Body = post.Body }, cancellationToken);
                if (reply.Value is { } saved)
                {
                    postIds[(thread, index)] = saved.Id;
                }
                else
                {
                    logger.LogWarning("Demo forum: a reply by {Author} in \"{Title}\" was refused ({Status})", post.Author, thread.Title, reply.Status);
                }
            }
        }

        at.Now = now;
        foreach (var (thread, threadId) in threadIds)
        {
            if (thread.Pinned || thread.Locked)
            {
                await forum.ModerateAsync(await As(DemoForumData.Kurator), threadId, thread.Pinned ? true : null, thread.Locked ? true : null, cancellationToken);
            }

            if (thread.AnswerIndex is { } answer && postIds.TryGetValue((thread, answer), out var answerId))
            {
                await forum.MarkAnswerAsync(await As(thread.Posts[0].Author), answerId, cancellationToken);
            }
        }

        logger.LogInformation("Demo mode: {Threads} forum threads with {Posts} posts added", threadIds.Count, postIds.Count);
    }

    /// <summary>The threads still to write, each with its board (an application's board is made here), all authors known.</summary>
    private async Task<List<(DemoForumData.DemoThread Thread, Board Board)>> PlanAsync(
        MarketplaceDbContext db, ForumService forum, Dictionary<string, ApplicationUser> accounts, CancellationToken cancellationToken)
    {
        var plan = new List<(DemoForumData.DemoThread, Board)>();
        foreach (var thread in DemoForumData.Threads)
        {
            if (!thread.Posts.All(p => accounts.ContainsKey(p.Author)))
            {
                continue;
            }

            Board? board;
            if (thread.AppSlug is { } slug)
            {
                var app = await db.Apps.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug && a.Status == AppStatus.Published, cancellationToken);
                board = app is null ? null : await forum.EnsureAppBoardAsync(app, cancellationToken);
            }
            else
            {
                board = await db.ForumBoards.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == thread.Board, cancellationToken);
            }

            if (board is not null && !await db.ForumThreads.AnyAsync(t => t.BoardId == board.Id && t.Title == thread.Title, cancellationToken))
            {
                plan.Add((thread, board));
            }
        }

        return plan;
    }

    /// <summary>The Kurator adds each demo account to the pokja boards of its position; adding a member twice changes nothing.</summary>
    private static async Task JoinPokjasAsync(MarketplaceDbContext db, ForumService forum, ClaimsPrincipal kurator, CancellationToken cancellationToken)
    {
        var boards = await db.ForumBoards.AsNoTracking().Where(b => b.Kind == BoardKind.Pokja).ToDictionaryAsync(b => b.Slug, cancellationToken);
        foreach (var account in DemoRecipe.Accounts)
        {
            foreach (var slug in DemoForumData.PokjaBoardsOf(account.Position, account.Role == Roles.AdminWilayah))
            {
                if (boards.TryGetValue(slug, out var board))
                {
                    await forum.AddMemberAsync(kurator, board, account.Email, cancellationToken);
                }
            }
        }
    }

    /// <summary>A clock the seeder sets to each post's date, so the forum stamps it as written then.</summary>
    private sealed class DemoClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
