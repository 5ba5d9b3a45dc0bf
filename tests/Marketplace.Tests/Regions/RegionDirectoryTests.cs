using Marketplace.Tests.Support;
using Marketplace.Web.Features.Regions;

namespace Marketplace.Tests.Regions;

public sealed class RegionDirectoryTests
{
    [Fact]
    public async Task Loads_every_seeded_region_and_then_serves_them_from_memory()
    {
        await using var database = await RegionDatabase.CreateAsync();

        var first = await database.Directory.GetAsync(CancellationToken.None);
        var second = await database.Directory.GetAsync(CancellationToken.None);

        Assert.Equal(556, first.All.Count);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task A_change_in_the_database_shows_only_after_a_reset()
    {
        await using var database = await RegionDatabase.CreateAsync();
        var before = await database.Directory.GetAsync(CancellationToken.None);
        await database.WithDbAsync(db =>
        {
            db.Regions.Add(new Region { Code = "00.99", Name = "Lembaga Uji", Kind = RegionKind.National });
            return db.SaveChangesAsync();
        });

        var cached = await database.Directory.GetAsync(CancellationToken.None);
        database.Directory.Reset();
        var reloaded = await database.Directory.GetAsync(CancellationToken.None);

        Assert.Same(before, cached);
        Assert.Null(cached.Find("00.99"));
        Assert.Equal("Lembaga Uji", reloaded.Find("00.99")?.Name);
    }

    [Fact]
    public async Task Concurrent_first_reads_share_one_load()
    {
        await using var database = await RegionDatabase.CreateAsync();

        var reads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => database.Directory.GetAsync(CancellationToken.None).AsTask()));

        Assert.All(reads, r => Assert.Same(reads[0], r));
    }
}
