using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Search;
using Marketplace.Web.Features.Maintenance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Search.IndexingProbe;

namespace Marketplace.IntegrationTests.Search;

/// <summary>
/// The outbox keeps the real Lucene index of the running host in step with its database on each provider: saves through
/// the pages and through EF Core, deletions and moderation, access rules, and what the indexer reports on /health.
/// </summary>
public abstract class IndexingContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_published_application_is_found_after_its_save_and_under_its_new_name_after_an_edit()
    {
        var word = UniqueWord();
        var client = await PublisherAsync("33.74");
        using var published = await CatalogFlows.PublishAsync(client, $"Aplikasi {word}");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var hit = Assert.Single(await FindAsync(Host, word));
        var slug = Slugs.From($"Aplikasi {word}");
        Assert.Equal((SearchType.App, $"/katalog/{slug}", "33.74"), (hit.Type, hit.Url, hit.RegionCode));

        var renamed = UniqueWord();
        await Host.QueryAsync(async db =>
        {
            var app = await db.Apps.SingleAsync(a => a.Slug == slug);
            app.Name = $"Aplikasi {renamed}";
            app.UpdatedAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        });

        Assert.Empty(await FindAsync(Host, word));
        Assert.Equal($"Aplikasi {renamed}", Assert.Single(await FindAsync(Host, renamed)).Title);
    }

    [Fact]
    public async Task A_draft_is_found_only_by_members_of_its_region()
    {
        var word = UniqueWord();
        var client = await PublisherAsync("33.74");
        using var saved = await CatalogFlows.PublishAsync(client, $"Draf {word}", publish: false);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Empty(await FindAsync(Host, word));
        Assert.Empty(await FindAsync(Host, word, MemberOf("61.72")));
        Assert.Equal(SearchType.App, Assert.Single(await FindAsync(Host, word, MemberOf("33.74"))).Type);
    }

    [Fact]
    public async Task Archiving_or_deleting_an_application_removes_it_and_its_releases()
    {
        var (archived, archivedWord) = await AppWithReleaseAsync();
        var (deleted, deletedWord) = await AppWithReleaseAsync();
        Assert.Equal(2, (await FindAsync(Host, archivedWord)).Count);
        Assert.Equal(2, (await FindAsync(Host, deletedWord)).Count);

        await Host.QueryAsync(async db =>
        {
            (await db.Apps.SingleAsync(a => a.Id == archived)).Status = AppStatus.Archived;
            db.Apps.Remove(await db.Apps.SingleAsync(a => a.Id == deleted));
            return await db.SaveChangesAsync();
        });

        Assert.Empty(await FindAsync(Host, archivedWord));
        Assert.Empty(await FindAsync(Host, deletedWord));
    }

    [Fact]
    public async Task Hidden_and_deleted_posts_and_deleted_threads_leave_the_index()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (thread, posts, word) = await ThreadAsync(board.Id, replies: 3);
        Assert.Equal(4, (await FindAsync(Host, word)).Count);

        await Host.QueryAsync(async db =>
        {
            var rows = await db.ForumPosts.Where(p => p.ThreadId == thread).OrderBy(p => p.Number).ToListAsync();
            rows[1].HiddenAt = DateTimeOffset.UtcNow;
            rows[1].HiddenReason = "spam";
            rows[2].DeletedAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        });
        Assert.Equal([$"post:{posts[3]}", $"thread:{thread}"], Keys(await FindAsync(Host, word)));

        await Host.QueryAsync(async db =>
        {
            (await db.ForumThreads.SingleAsync(t => t.Id == thread)).DeletedAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await FindAsync(Host, word));
    }

    [Fact]
    public async Task Posts_of_a_members_only_board_are_found_by_members_only()
    {
        var board = await ForumFlows.BoardAsync(Host, BoardReadAccess.Members);
        var (_, _, word) = await ThreadAsync(board.Id, replies: 1);

        Assert.Empty(await FindAsync(Host, word));
        Assert.Equal(2, (await FindAsync(Host, word, MemberOf("61.72"))).Count);

        // Opening the board to everyone opens its threads and posts.
        await Host.QueryAsync(async db =>
        {
            (await db.ForumBoards.SingleAsync(b => b.Id == board.Id)).ReadAccess = BoardReadAccess.Public;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(2, (await FindAsync(Host, word)).Count);
    }

    [Fact]
    public async Task Renaming_a_thread_renames_its_posts_in_the_index()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (thread, posts, word) = await ThreadAsync(board.Id, replies: 2);
        var title = $"Judul baru {UniqueWord()}";

        await Host.QueryAsync(async db =>
        {
            (await db.ForumThreads.SingleAsync(t => t.Id == thread)).Title = title;
            return await db.SaveChangesAsync();
        });

        // A reply is found by its own words and shows its thread's new title; the title's words find the thread.
        var hits = await FindAsync(Host, word, type: SearchType.Post);
        Assert.Equal(posts.Skip(1).Select(p => $"post:{p}").Order(), Keys(hits));
        Assert.All(hits, h => Assert.Equal(title, h.Title));
        Assert.All(hits, h => Assert.StartsWith(Quoting.ThreadUrl(thread, title), h.Url, StringComparison.Ordinal));
        Assert.Equal([$"thread:{thread}"], Keys(await FindAsync(Host, title.Split(' ')[^1])));
    }

    [Fact]
    public async Task The_health_report_shows_the_lag_and_it_goes_to_zero()
    {
        using var client = Host.CreateClient();
        await AppWithReleaseAsync();
        await CaughtUpAsync(Host);

        var (status, data) = await SearchHealthAsync(client);

        Assert.Equal("Healthy", status);
        Assert.Equal(0, data.GetProperty("pending").GetInt32());
        Assert.Equal(0, data.GetProperty("oldestPendingSeconds").GetInt64());
        Assert.Equal(await OutboxMaxAsync(Host), data.GetProperty("committedPosition").GetInt64());
        Assert.True(data.GetProperty("documents").GetInt32() > 500, data.ToString());
    }

    [Fact]
    public async Task Rows_that_generate_load_inserts_with_raw_sql_are_indexed_and_reindex_rebuilds_the_same_index()
    {
        await using var host = await MarketplaceHost.StartAsync(Fixture.SettingsForNewDatabase());
        var output = new StringWriter();
        Assert.Equal(0, await MaintenanceRegistration.RunAsync(host.Services, ["generate-load", "--apps", "60", "--posts", "300", "--seed", "3"], output, CancellationToken.None));

        await CaughtUpAsync(host);
        var expected = await host.QueryAsync(async db =>
            await db.Regions.CountAsync()
            + await db.Apps.CountAsync(a => a.Status != AppStatus.Archived)
            + await db.Releases.CountAsync(r => db.Apps.Any(a => a.Id == r.AppId && a.Status != AppStatus.Archived))
            + await db.ForumThreads.CountAsync(t => t.DeletedAt == null)
            + await db.ForumPosts.CountAsync(p => p.Number > 1 && p.DeletedAt == null && p.HiddenAt == null));
        var index = host.Services.GetRequiredService<ISearchIndex>();
        Assert.Equal(expected, index.DocumentCount);
        var generated = await host.QueryAsync(db => db.Apps.Where(a => a.Status == AppStatus.Published).OrderBy(a => a.Id).Select(a => new { a.Slug, a.Name }).FirstAsync());
        var found = index.Search(new SearchRequest { Text = generated.Name, Type = SearchType.App, PageSize = 100, WithFacets = false });
        Assert.Contains(found.Hits, h => h.Url == $"/katalog/{generated.Slug}");

        var reindex = new StringWriter();
        Assert.Equal(0, await MaintenanceRegistration.RunAsync(host.Services, ["reindex"], reindex, CancellationToken.None));
        Assert.Contains($"reindexed {expected:N0} documents", reindex.ToString(), StringComparison.Ordinal);
        Assert.Equal(expected, index.DocumentCount);
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task A_save_wakes_the_indexer_without_waiting_for_its_next_poll()
    {
        var settings = Fixture.SettingsForNewDatabase();
        settings["Search:PollMilliseconds"] = "60000";
        await using var host = await MarketplaceHost.StartAsync(settings);
        await CaughtUpAsync(host);
        await Task.Delay(300);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var word = UniqueWord();
        await host.QueryAsync(async db =>
        {
            db.Regions.Add(new Marketplace.Web.Features.Regions.Region { Code = "99.01", Name = $"Wilayah {word}", Kind = Marketplace.Web.Features.Regions.RegionKind.City });
            return await db.SaveChangesAsync();
        });

        Assert.Equal("region:99.01", Assert.Single(Keys(await FindAsync(host, word))));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"indexed after {clock.Elapsed}: the save did not wake the indexer");
        host.AssertNoUnexpectedProblems();
    }

    private async Task<HttpClient> PublisherAsync(string region)
    {
        var user = await TestAccounts.CreateAsync(Host, Roles.Penerbit, region);
        var client = Host.CreateClient();
        using var response = await AccountFlows.LoginAsync(client, user.Email!);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A published application and one release, both carrying a word of their own, saved through EF Core.</summary>
    private Task<(int Id, string Word)> AppWithReleaseAsync() => Host.QueryAsync(async db =>
    {
        var word = UniqueWord();
        var app = new SharedApp
        {
            Slug = "uji-" + word,
            Name = $"Aplikasi {word}",
            OwnerRegionCode = "61.72",
            OwnerProvinceCode = "61",
            License = "MIT",
            Status = AppStatus.Published,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            PublishedAt = DateTimeOffset.UtcNow,
        };
        app.Releases.Add(new Release { Version = "1.0.0", Notes = $"Rilis pertama {word}", CreatedAt = DateTimeOffset.UtcNow });
        db.Apps.Add(app);
        await db.SaveChangesAsync();
        return (app.Id, word);
    });

    /// <summary>A thread and its replies, every post carrying the same word; the post ids in number order.</summary>
    private Task<(int Thread, List<int> Posts, string Word)> ThreadAsync(int board, int replies) => Host.QueryAsync(async db =>
    {
        var word = UniqueWord();
        const string author = "uji-penulis";
        var now = DateTimeOffset.UtcNow;
        var thread = new ForumThread { BoardId = board, Title = $"Topik {word}", AuthorId = author, AuthorRegionCode = "61.72", CreatedAt = now, LastPostAt = now, PostCount = replies + 1 };
        db.ForumThreads.Add(thread);
        await db.SaveChangesAsync();
        var posts = Enumerable.Range(1, replies + 1)
            .Select(n => new Post { ThreadId = thread.Id, Number = n, AuthorId = author, AuthorRegionCode = "61.72", Body = $"Pesan {n} tentang {word}.", CreatedAt = now })
            .ToList();
        db.ForumPosts.AddRange(posts);
        await db.SaveChangesAsync();
        return (thread.Id, posts.Select(p => p.Id).ToList(), word);
    });

    private static IReadOnlyList<string> Keys(IEnumerable<SearchHit> hits) => hits.Select(h => SearchKeys.For(h.Type, h.Id)).Order().ToList();
}

[Collection(SqliteCollection.Name)]
public sealed class IndexingOnSqlite(SqliteHostFixture fixture) : IndexingContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class IndexingOnPostgres(PostgresHostFixture fixture) : IndexingContract(fixture);
