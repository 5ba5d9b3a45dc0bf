using System.Text.RegularExpressions;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Maintenance;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Forum;

/// <summary>
/// <c>generate-load --posts</c> on each provider, each test on a database of its own: dense post numbers, thread and board
/// counters that match the posts, the long thread, the same content for the same seed, and the real pages reading it.
/// </summary>
public abstract partial class ForumLoadContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task Posts_are_numbered_densely_and_every_counter_matches_the_posts()
    {
        await using var host = await MarketplaceHost.StartAsync(Fixture.SettingsForNewDatabase());
        var output = new StringWriter();

        var exitCode = await MaintenanceRegistration.RunAsync(host.Services, ["generate-load", "--posts", "700", "--long-thread", "45", "--seed", "7"], output, CancellationToken.None);

        Assert.True(exitCode == 0, output.ToString());
        var threads = await host.QueryAsync(db => db.ForumThreads.AsNoTracking().ToListAsync());
        var posts = (await host.QueryAsync(db => db.ForumPosts.AsNoTracking().ToListAsync())).ToLookup(p => p.ThreadId);
        var boards = await host.QueryAsync(db => db.ForumBoards.AsNoTracking().ToListAsync());
        var users = (await host.QueryAsync(db => db.Users.AsNoTracking().ToListAsync())).ToDictionary(u => u.Id);
        Assert.Equal(700, threads.Sum(t => t.PostCount));
        Assert.Equal(700, posts.Sum(g => g.Count()));
        Assert.Equal(0, await host.QueryAsync(db => db.Apps.CountAsync()));
        foreach (var thread in threads)
        {
            var own = posts[thread.Id].OrderBy(p => p.Number).ToList();
            Assert.Equal(Enumerable.Range(1, thread.PostCount), own.Select(p => p.Number));
            Assert.Equal(own[^1].CreatedAt, thread.LastPostAt);
            Assert.Equal(own[0].CreatedAt, thread.CreatedAt);
            Assert.Equal((own[0].AuthorId, own[0].AuthorName), (thread.AuthorId, thread.AuthorName));
            Assert.True(own.Zip(own.Skip(1)).All(pair => pair.First.CreatedAt < pair.Second.CreatedAt), $"thread {thread.Id}: posts out of time order");
            Assert.All(own, p => Assert.Equal((users[p.AuthorId].FullName, users[p.AuthorId].RegionCode), (p.AuthorName, p.AuthorRegionCode)));
            Assert.Null(own[0].DeletedAt);
        }

        foreach (var board in boards)
        {
            var own = threads.Where(t => t.BoardId == board.Id).ToList();
            Assert.Equal((own.Count, own.Sum(t => t.PostCount)), (board.ThreadCount, board.PostCount));
            Assert.Equal(own.Count == 0 ? null : own.Max(t => t.LastPostAt), board.LastPostAt);
            Assert.True(own.Count(t => t.IsPinned) <= 1, board.Slug);
        }

        var longThread = Assert.Single(threads, t => t.Title == ForumLoadGenerator.LongThreadTitle(45));
        Assert.Equal(45, longThread.PostCount);
        Assert.Equal("Uji beban: utas 45 pesan", longThread.Title);
        Assert.Equal("umum", boards.Single(b => b.Id == longThread.BoardId).Slug);
        Assert.Contains($"long thread {longThread.Id} {Quoting.ThreadUrl(longThread.Id, longThread.Title)}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"added 700 forum posts in {threads.Count} threads", output.ToString(), StringComparison.Ordinal);

        // Most threads are short, a few long; all four seeded boards get threads.
        var others = threads.Where(t => t.Id != longThread.Id).ToList();
        Assert.True(others.Count(t => t.PostCount <= 5) > others.Count(t => t.PostCount > 30), string.Join(",", others.Select(t => t.PostCount)));
        Assert.Equal(4, boards.Count(b => b.ThreadCount > 0));
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task The_long_threads_first_and_last_pages_and_the_board_page_show_the_generated_posts()
    {
        await using var host = await MarketplaceHost.StartAsync(Fixture.SettingsForNewDatabase());
        var output = new StringWriter();
        Assert.Equal(0, await MaintenanceRegistration.RunAsync(host.Services, ["generate-load", "--posts", "300", "--long-thread", "47"], output, CancellationToken.None));
        var url = LongThreadUrl().Match(output.ToString()).Groups["url"].Value;
        var id = int.Parse(LongThreadUrl().Match(output.ToString()).Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture);
        using var client = host.CreateClient();

        var first = await Html.GetPageAsync(client, url);
        var last = await Html.GetPageAsync(client, url + "?halaman=3");
        var board = await Html.GetPageAsync(client, "/forum/umum");
        using var api = await client.GetAsync($"/api/v1/forum/threads/{id}?page=3");

        Assert.Equal(Enumerable.Range(1, 20), Numbers(first));
        Assert.Equal(Enumerable.Range(41, 7), Numbers(last));
        Assert.Contains("Uji beban: utas 47 pesan", first, StringComparison.Ordinal);
        Assert.Contains(url, board, StringComparison.Ordinal);
        var json = await ApiCalls.JsonAsync(api);
        Assert.Equal(3, json.GetProperty("pageCount").GetInt32());
        Assert.Equal(Enumerable.Range(41, 7), json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("number").GetInt32()));
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task The_same_seed_adds_the_same_threads_and_posts_again_by_the_same_accounts()
    {
        await using var host = await MarketplaceHost.StartAsync(Fixture.SettingsForNewDatabase());
        string[] args = ["generate-load", "--posts", "250", "--long-thread", "30", "--seed", "42"];
        var second = new StringWriter();

        Assert.Equal(0, await MaintenanceRegistration.RunAsync(host.Services, args, TextWriter.Null, CancellationToken.None));
        Assert.Equal(0, await MaintenanceRegistration.RunAsync(host.Services, args, second, CancellationToken.None));
        Assert.Equal(0, await MaintenanceRegistration.RunAsync(host.Services, ["generate-load", "--posts", "250", "--long-thread", "30", "--seed", "43"], TextWriter.Null, CancellationToken.None));

        var threads = await host.QueryAsync(db => db.ForumThreads.AsNoTracking().OrderBy(t => t.Id).ToListAsync());
        var posts = (await host.QueryAsync(db => db.ForumPosts.AsNoTracking().ToListAsync())).ToLookup(p => p.ThreadId);
        // Each run starts with its long thread.
        var starts = threads.Select((t, i) => (t, i)).Where(x => x.t.Title == ForumLoadGenerator.LongThreadTitle(30)).Select(x => x.i).ToList();
        Assert.Equal(3, starts.Count);
        var runs = starts.Select((s, n) => threads.Skip(s).Take((n + 1 < starts.Count ? starts[n + 1] : threads.Count) - s).Select(Shape).ToList()).ToList();

        Assert.Equal(750, posts.Sum(g => g.Count()));
        Assert.Equal(runs[0], runs[1]);
        Assert.NotEqual(runs[0], runs[2]);
        Assert.Contains("(0 new generated accounts)", second.ToString(), StringComparison.Ordinal);
        Assert.Equal(800, await host.QueryAsync(db => db.Users.CountAsync(u => u.Id.StartsWith("uji-beban-"))));
        host.AssertNoUnexpectedProblems();

        string Shape(ForumThread t) =>
            $"{t.Title}|{t.BoardId}|{t.AuthorId}|{t.IsLocked}|{t.PostCount}|{t.LastPostAt:O}|"
            + string.Join("|", posts[t.Id].OrderBy(p => p.Number).Select(p => $"{p.Number} {p.AuthorId} {p.CreatedAt:O} {p.Body}"));
    }

    [Fact]
    public async Task Applications_and_posts_can_be_asked_for_together()
    {
        await using var host = await MarketplaceHost.StartAsync(Fixture.SettingsForNewDatabase());
        var output = new StringWriter();

        Assert.Equal(0, await MaintenanceRegistration.RunAsync(host.Services, ["generate-load", "--apps", "12", "--posts", "40"], output, CancellationToken.None));

        Assert.Equal(12, await host.QueryAsync(db => db.Apps.CountAsync()));
        Assert.Equal(40, await host.QueryAsync(db => db.ForumPosts.CountAsync()));
        Assert.Equal(40, await host.QueryAsync(db => db.ForumThreads.Where(t => t.Title == ForumLoadGenerator.LongThreadTitle(40)).Select(t => t.PostCount).SingleAsync()));
        Assert.Contains("added 12 applications", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("added 40 forum posts in 1 threads", output.ToString(), StringComparison.Ordinal);
    }

    private static List<int> Numbers(string html) => PostAnchor().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex("<article[^>]*id=\"pesan-(\\d+)\"")]
    private static partial Regex PostAnchor();

    [GeneratedRegex("long thread (?<id>\\d+) (?<url>\\S+)")]
    private static partial Regex LongThreadUrl();
}

[Collection(SqliteCollection.Name)]
public sealed class ForumLoadOnSqlite(SqliteHostFixture fixture) : ForumLoadContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ForumLoadOnPostgres(PostgresHostFixture fixture) : ForumLoadContract(fixture);
