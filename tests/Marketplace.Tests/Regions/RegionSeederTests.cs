using Marketplace.Tests.Support;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Regions;

public sealed class RegionSeederTests
{
    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        await using var database = await RegionDatabase.CreateAsync();

        await database.SeedAsync();

        await database.WithDbAsync(async db => Assert.Equal(556, await db.Regions.CountAsync()));
    }

    [Fact]
    public async Task Seeding_restores_a_renamed_region_and_refreshes_the_directory()
    {
        await using var database = await RegionDatabase.CreateAsync();
        await database.WithDbAsync(async db =>
        {
            var singkawang = await db.Regions.SingleAsync(r => r.Code == "61.72");
            singkawang.Name = "Kota Lama";
            await db.SaveChangesAsync();
        });
        database.Directory.Reset();
        Assert.Equal("Kota Lama", (await database.Directory.GetAsync(CancellationToken.None)).Find("61.72")?.Name);

        await database.SeedAsync();

        Assert.Equal("Kota Singkawang", (await database.Directory.GetAsync(CancellationToken.None)).Find("61.72")?.Name);
    }
}
