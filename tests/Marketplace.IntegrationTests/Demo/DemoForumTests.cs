using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Demo;

/// <summary>
/// The demo forum as a visitor and the database see it: every pokja board has discussions with replies from several
/// regions, the e-Parkir question is answered by Palembang, counters agree with the posts, the pages show it all, and a
/// restart adds nothing.
/// </summary>
public sealed class DemoForumTests : IDisposable
{
    private static readonly string[] PokjaBoards = ["pokja-kebijakan", "pokja-infrastruktur-dan-aplikasi", "pokja-data-dan-informasi"];

    private readonly string _folder = TempFolder.NewPath("mk-it-demo-forum");

    private Dictionary<string, string?> DemoSettings => new() { ["Marketplace:Demo:Enabled"] = "true", ["Marketplace:DataPath"] = _folder };

    [Fact]
    public async Task Each_pokja_has_threads_with_replies_from_three_regions_the_e_parkir_question_is_answered_and_a_restart_adds_nothing()
    {
        Counts first;
        await using (var host = await MarketplaceHost.StartAsync(DemoSettings, "Development"))
        {
            var boards = await host.QueryAsync(db => db.ForumBoards.AsNoTracking().ToDictionaryAsync(b => b.Slug));
            var threads = await host.QueryAsync(db => db.ForumThreads.AsNoTracking().Include(t => t.Tags).ToListAsync());
            var posts = await host.QueryAsync(db => db.ForumPosts.AsNoTracking().ToListAsync());
            foreach (var slug in PokjaBoards)
            {
                var board = boards[slug];
                var own = threads.Where(t => t.BoardId == board.Id).ToList();
                Assert.NotEmpty(own);
                var replyRegions = posts.Where(p => p.Number > 1 && own.Any(t => t.Id == p.ThreadId)).Select(p => p.AuthorRegionCode).Distinct().ToList();
                Assert.True(replyRegions.Count >= 3, $"{slug}: replies from {string.Join(", ", replyRegions)}");
                Assert.NotEmpty(await host.QueryAsync(db => db.ForumBoardMembers.Where(m => m.BoardId == board.Id).ToListAsync()));
            }

            Assert.Contains(threads, t => t.IsPinned && t.BoardId == boards["pokja-infrastruktur-dan-aplikasi"].Id);
            Assert.Contains(threads, t => t.IsLocked && t.BoardId == boards["pokja-infrastruktur-dan-aplikasi"].Id);
            Assert.Contains(threads, t => t.IsPinned && t.BoardId == boards["umum"].Id);
            Assert.All(threads, t => Assert.NotEmpty(t.Tags));
            AssertCountersAgree(boards.Values, threads, posts);

            var eParkir = boards[ForumService.AppBoardSlug("e-parkir-palembang")];
            var question = Assert.Single(threads, t => t.BoardId == eParkir.Id);
            var answer = posts.Single(p => p.Id == question.AnswerPostId);
            Assert.Equal(("61.72", "16.71"), (question.AuthorRegionCode, answer.AuthorRegionCode));
            Assert.NotEqual(1, answer.Number);

            // Mentions went through the forum as in real use: resolved, linked and notified.
            var lina = await host.QueryAsync(db => db.Users.SingleAsync(u => u.Email == "lina.marlina@singkawangkota.go.id"));
            Assert.Contains(await host.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == lina.Id).ToListAsync()), n => n.Kind == NotificationKind.Mention);

            var client = host.CreateClient();
            var kebijakan = threads.First(t => t.BoardId == boards["pokja-kebijakan"].Id && t.Title.StartsWith("Target SPBE", StringComparison.Ordinal));
            Assert.Contains(WebUtility.HtmlEncode(kebijakan.Title), await Html.GetPageAsync(client, "/forum/pokja-kebijakan"), StringComparison.Ordinal);
            var page = await Html.GetPageAsync(client, Quoting.ThreadUrl(kebijakan.Id, kebijakan.Title));
            Assert.Equal(Enumerable.Range(1, kebijakan.PostCount), ForumFlows.Numbers(page));
            Assert.Contains("<blockquote>", await Html.GetPageAsync(client, Quoting.ThreadUrl(question.Id, question.Title)), StringComparison.Ordinal);
            Assert.Contains("<a href=\"/wilayah/33.74\">@dewi.lestari</a>", page, StringComparison.Ordinal);
            var answered = AdoptionFlows.Text(await Html.GetPageAsync(client, Quoting.ThreadUrl(question.Id, question.Title)));
            Assert.Contains("Terjawab", answered, StringComparison.Ordinal);
            Assert.Contains("Jawaban", answered, StringComparison.Ordinal);
            Assert.Contains("Disematkan", AdoptionFlows.Text(await Html.GetPageAsync(client, "/forum/pokja-infrastruktur-dan-aplikasi")), StringComparison.Ordinal);
            first = await CountAsync(host);
            host.AssertNoUnexpectedProblems();
        }

        await using var again = await MarketplaceHost.StartAsync(DemoSettings, "Development");
        Assert.Equal(first, await CountAsync(again));
        again.AssertNoUnexpectedProblems();
    }

    private static void AssertCountersAgree(IEnumerable<Board> boards, List<ForumThread> threads, List<Post> posts)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var thread in threads)
        {
            var own = posts.Where(p => p.ThreadId == thread.Id).OrderBy(p => p.Number).ToList();
            Assert.Equal(Enumerable.Range(1, own.Count), own.Select(p => p.Number));
            Assert.Equal(own.Count, thread.PostCount);
            Assert.Equal(own[0].CreatedAt, thread.CreatedAt);
            Assert.Equal(own[^1].CreatedAt, thread.LastPostAt);
            Assert.Equal(thread.AuthorId, own[0].AuthorId);
            Assert.True(own.Zip(own.Skip(1)).All(pair => pair.First.CreatedAt < pair.Second.CreatedAt), $"Posts of \"{thread.Title}\" are dated in order.");
            Assert.InRange(thread.CreatedAt, now.AddDays(-60), now.AddDays(-1));
            Assert.True(thread.LastPostAt < now, thread.Title);
        }

        // The threads are spread over the weeks, not written at one moment.
        Assert.True(threads.Max(t => t.CreatedAt) - threads.Min(t => t.CreatedAt) > TimeSpan.FromDays(21));
        foreach (var board in boards.Where(b => threads.Any(t => t.BoardId == b.Id)))
        {
            var own = threads.Where(t => t.BoardId == board.Id).ToList();
            Assert.Equal(own.Count, board.ThreadCount);
            Assert.Equal(own.Sum(t => t.PostCount), board.PostCount);
            Assert.Equal(own.Max(t => t.LastPostAt), board.LastPostAt);
        }
    }

    private static Task<Counts> CountAsync(MarketplaceHost host) =>
        host.QueryAsync(async db => new Counts(
            await db.ForumBoards.CountAsync(), await db.ForumThreads.CountAsync(), await db.ForumPosts.CountAsync(),
            await db.ForumBoardMembers.CountAsync(), await db.Subscriptions.CountAsync(), await db.Notifications.CountAsync()));

    private sealed record Counts(int Boards, int Threads, int Posts, int Members, int Subscriptions, int Notifications);

    public void Dispose() => TempFolder.Delete(_folder);
}
