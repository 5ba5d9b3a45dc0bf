using System.Globalization;
using Bogus;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Maintenance;

/// <summary>What <see cref="ForumLoadGenerator"/> added, with the long thread the benchmark reads.</summary>
public sealed record ForumLoadResult(int Threads, int Posts, int NewAccounts, int Boards, int LongThreadId, string LongThreadUrl);

/// <summary>
/// Generated forum content for load tests: threads and posts by generated accounts on the seeded boards, most threads
/// short and a few long, and always one thread of exactly <c>longThread</c> posts (titled <see cref="LongThreadTitle"/>)
/// so the benchmark has a first and a last page to read. Threads are written through EF Core (their ids are needed), posts
/// through <see cref="BulkInsert{T}"/>, a transaction per chunk; thread and board counters are set to match the posts
/// (PostCount = last Number, LastPostAt = last post's time), so the real pages show the data as if people had written it.
/// The same seed gives the same content.
/// </summary>
internal sealed class ForumLoadGenerator(RegionDirectory regions)
{
    public const int DefaultLongThread = 1_000;
    public const string LongThreadTitlePrefix = "Uji beban: utas ";
    private const int AuthorCount = 400;
    private const int PostsPerTransaction = 20_000;
    private static readonly DateTimeOffset _since = new(2018, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _latestStart = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    // Where threads go: the general board gets the most, each pokja board a share.
    private static readonly (string Slug, float Weight)[] _boardWeights =
        [("umum", 0.4f), ("pokja-kebijakan", 0.2f), ("pokja-infrastruktur-dan-aplikasi", 0.2f), ("pokja-data-dan-informasi", 0.2f)];

    /// <summary>The long thread's title: "Uji beban: utas 1.000 pesan" for 1,000 posts.</summary>
    public static string LongThreadTitle(int posts) =>
        LongThreadTitlePrefix + posts.ToString("N0", CultureInfo.GetCultureInfo("id-ID")) + " pesan";

    public async Task<ForumLoadResult> GenerateAsync(MarketplaceDbContext db, int posts, int longThread, int seed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(longThread, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(longThread, posts);
        var random = new Randomizer(seed);
        var slugs = _boardWeights.Select(w => w.Slug).ToList();
        var boards = (await db.ForumBoards.AsNoTracking().Where(b => slugs.Contains(b.Slug)).ToListAsync(cancellationToken))
            .OrderBy(b => slugs.IndexOf(b.Slug)).ToList();
        if (boards.Count != _boardWeights.Length)
        {
            throw new InvalidOperationException("The seeded forum boards are missing; start the host once to seed them.");
        }

        var authors = await AuthorsAsync(db, seed, cancellationToken);
        var weights = _boardWeights.Select(w => w.Weight).ToArray();
        var boardArray = boards.ToArray();
        var pinned = new HashSet<int>();
        var inserter = new BulkInsert<Post>(db,
            (nameof(Post.ThreadId), p => p.ThreadId), (nameof(Post.Number), p => p.Number), (nameof(Post.AuthorId), p => p.AuthorId),
            (nameof(Post.AuthorName), p => p.AuthorName), (nameof(Post.AuthorRegionCode), p => p.AuthorRegionCode), (nameof(Post.Body), p => p.Body),
            (nameof(Post.CreatedAt), p => p.CreatedAt), (nameof(Post.EditedAt), p => p.EditedAt), (nameof(Post.EditedByName), p => p.EditedByName),
            (nameof(Post.DeletedAt), p => p.DeletedAt), (nameof(Post.DeletedByName), p => p.DeletedByName));

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var (threadCount, written, longThreadId) = (0, 0, 0);
        var chunk = new List<(ForumThread Thread, List<Post> Posts)>();
        var chunkPosts = 0;
        while (written + chunkPosts < posts)
        {
            var remaining = posts - written - chunkPosts;
            var isLong = threadCount == 0;
            var length = isLong ? longThread : Math.Min(remaining, ThreadLength(random));
            var board = isLong ? boards[0] : random.WeightedRandom(boardArray, weights);
            var (thread, threadPosts) = NewThread(random, board, length, authors, isLong);
            thread.IsPinned = !isLong && pinned.Add(board.Id);
            chunk.Add((thread, threadPosts));
            chunkPosts += length;
            threadCount++;

            if (chunkPosts >= PostsPerTransaction || written + chunkPosts >= posts)
            {
                await SaveAsync(db, inserter, chunk, cancellationToken);
                longThreadId = longThreadId == 0 ? chunk[0].Thread.Id : longThreadId;
                written += chunkPosts;
                (chunk, chunkPosts) = ([], 0);
            }
        }

        var used = await db.ForumThreads.Where(t => t.Id >= longThreadId).Select(t => t.BoardId).Distinct().CountAsync(cancellationToken);
        return new(threadCount, written, authors.Count(a => a.IsNew), used, longThreadId,
            Quoting.ThreadUrl(longThreadId, LongThreadTitle(longThread)));
    }

    private static async Task SaveAsync(MarketplaceDbContext db, BulkInsert<Post> inserter, List<(ForumThread Thread, List<Post> Posts)> chunk, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ForumThreads.AddRange(chunk.Select(c => c.Thread));
        await db.SaveChangesAsync(cancellationToken);
        var rows = new List<Post>(chunk.Sum(c => c.Posts.Count));
        foreach (var (thread, threadPosts) in chunk)
        {
            threadPosts.ForEach(p => p.ThreadId = thread.Id);
            rows.AddRange(threadPosts);
        }

        await inserter.InsertAsync(rows, cancellationToken);

        // The boards' counters move with their threads, in the same transaction: a run stopped half-way leaves them right.
        foreach (var group in chunk.GroupBy(c => c.Thread.BoardId))
        {
            var (threads, count, last) = (group.Count(), group.Sum(c => c.Posts.Count), group.Max(c => c.Thread.LastPostAt));
            await db.ForumBoards.Where(b => b.Id == group.Key).ExecuteUpdateAsync(
                s => s.SetProperty(b => b.ThreadCount, b => b.ThreadCount + threads).SetProperty(b => b.PostCount, b => b.PostCount + count)
                    .SetProperty(b => b.LastPostAt, b => b.LastPostAt == null || b.LastPostAt < last ? (DateTimeOffset?)last : b.LastPostAt),
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Most threads are short (a question and a few answers), some run to dozens of posts, a few to hundreds.</summary>
    private static int ThreadLength(Randomizer random) => random.Double() switch
    {
        < 0.55 => random.Int(1, 5),
        < 0.85 => random.Int(6, 30),
        < 0.98 => random.Int(31, 120),
        _ => random.Int(121, 600),
    };

    private static (ForumThread Thread, List<Post> Posts) NewThread(Randomizer random, Board board, int length, Author[] authors, bool isLong)
    {
        var starter = random.ArrayElement(authors);
        var kind = random.ArrayElement(LoadVocabulary.Kinds);
        var title = isLong ? LongThreadTitle(length) : string.Format(CultureInfo.InvariantCulture, random.ArrayElement(ForumLoadVocabulary.Questions), kind.Name);
        var at = isLong ? _since : _since.AddMinutes(random.Double() * (_latestStart - _since).TotalMinutes);
        at = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var thread = new ForumThread
        {
            BoardId = board.Id,
            Title = title,
            AuthorId = starter.Id,
            AuthorName = starter.Name,
            AuthorRegionCode = starter.RegionCode,
            CreatedAt = at,
            IsLocked = !isLong && random.Bool(0.02f),
            PostCount = length,
            Tags = random.ArrayElements(ForumLoadVocabulary.Tags, random.Int(0, 2)).Distinct().Select(t => new ThreadTag { Tag = t }).ToList(),
        };
        var list = new List<Post>(length);
        for (var number = 1; number <= length; number++)
        {
            var author = number == 1 ? starter : random.ArrayElement(authors);
            var post = new Post
            {
                Number = number,
                AuthorId = author.Id,
                AuthorName = author.Name,
                AuthorRegionCode = author.RegionCode,
                Body = Body(random, number == 1 ? title : null),
                CreatedAt = at,
            };
            if (random.Bool(0.02f))
            {
                (post.EditedAt, post.EditedByName) = (at.AddMinutes(random.Int(1, 120)), author.Name);
            }
            else if (number > 1 && random.Bool(0.005f))
            {
                (post.DeletedAt, post.DeletedByName) = (at.AddMinutes(random.Int(1, 600)), author.Name);
            }

            list.Add(post);
            at = at.AddMinutes(1 + Math.Floor(Math.Pow(random.Double(), 4) * 1440));
        }

        thread.LastPostAt = list[^1].CreatedAt;
        return (thread, list);
    }

    private static string Body(Randomizer random, string? question)
    {
        var parts = new List<string>(6);
        if (question is null && random.Bool(0.5f))
        {
            parts.Add(random.ArrayElement(ForumLoadVocabulary.Openings));
        }

        var sentences = string.Join(' ', random.ArrayElements(ForumLoadVocabulary.Sentences, random.Int(1, 3)));
        parts.Add(question is null ? sentences : $"**{question}** {sentences}");
        if (random.Bool(0.2f))
        {
            parts.Add(string.Join('\n', random.ArrayElements(ForumLoadVocabulary.Points, random.Int(2, 3)).Select(p => "- " + p)));
        }

        if (random.Bool(0.4f))
        {
            parts.Add(random.ArrayElement(ForumLoadVocabulary.Closings));
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>
    /// The seed's generated accounts (approved, without a password, so nobody signs in as them), added when missing, so the
    /// posts have real authors with names and regions like the people who would write them.
    /// </summary>
    private async Task<Author[]> AuthorsAsync(MarketplaceDbContext db, int seed, CancellationToken cancellationToken)
    {
        var places = (await regions.GetAsync(cancellationToken)).All.Where(r => r.Kind != RegionKind.National)
            .OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var faker = new Faker("id_ID") { Random = new Randomizer(seed) };
        var prefix = $"uji-beban-{seed.ToString(CultureInfo.InvariantCulture)}-";
        var existing = (await db.Users.Where(u => u.Id.StartsWith(prefix)).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var authors = new List<Author>(AuthorCount);
        var created = new DateTimeOffset(2017, 12, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 1; i <= AuthorCount; i++)
        {
            var (first, last) = (faker.Name.FirstName(), faker.Name.LastName());
            var region = places[faker.Random.Int(0, places.Count - 1)];
            var id = prefix + i.ToString("000", CultureInfo.InvariantCulture);
            var author = new Author(id, $"{first} {last}", region.Code, !existing.Contains(id));
            authors.Add(author);
            if (author.IsNew)
            {
                var email = $"{Slugs.From(first)}.{Slugs.From(last)}.{i}.{seed}@ujibeban.go.id".Replace('-', '.');
                db.Users.Add(new ApplicationUser
                {
                    Id = id,
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    SecurityStamp = id,
                    ConcurrencyStamp = id,
                    FullName = author.Name,
                    Position = faker.PickRandom(ForumLoadVocabulary.Positions),
                    RegionCode = region.Code,
                    CreatedAt = created,
                    ApprovedAt = created,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return [.. authors];
    }

    private sealed record Author(string Id, string Name, string RegionCode, bool IsNew);
}
