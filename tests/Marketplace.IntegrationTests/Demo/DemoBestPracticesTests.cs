using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.BestPractices;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Demo;

public sealed class DemoBestPracticesTests : IDisposable
{
    private readonly string _folder = TempFolder.NewPath("mk-it-demo-praktik");

    private Dictionary<string, string?> DemoSettings => new() { ["Marketplace:Demo:Enabled"] = "true", ["Marketplace:DataPath"] = _folder };

    [Fact]
    public async Task The_demo_has_linked_articles_one_featured_and_curated_applications_that_pass_the_rules_and_a_restart_adds_nothing()
    {
        List<string> first;
        await using (var host = await MarketplaceHost.StartAsync(DemoSettings, "Development"))
        {
            var articles = await host.QueryAsync(db => db.BestPracticeArticles.AsNoTracking().Include(a => a.Apps).Include(a => a.Regions).AsSplitQuery().ToListAsync());
            Assert.InRange(articles.Count, 2, 3);
            Assert.Single(articles, a => a.IsFeatured);
            Assert.All(articles, a =>
            {
                Assert.NotNull(a.PublishedAt);
                Assert.NotEmpty(a.Apps);
                Assert.NotEmpty(a.Regions);
            });

            var curations = await host.QueryAsync(db => db.AppCurations.AsNoTracking()
                .Join(db.Apps, c => c.AppId, a => a.Id, (c, a) => new { c, a.Slug, a.Curation }).ToListAsync());
            Assert.InRange(curations.Count, 2, 3);
            Assert.Contains(curations, x => x.c.State == CurationState.PraktikBaik);
            Assert.All(curations, x =>
            {
                Assert.Equal(x.c.State, x.Curation);
                var met = CurationCriteria.Parse(x.c.CriteriaMet);
                Assert.Equal(x.c.CriteriaMet.Count, met.Count);
                Assert.True(x.c.State != CurationState.PraktikBaik || CurationCriteria.RequiredForPraktikBaik.All(met.Contains), x.Slug);
            });

            var featured = articles.Single(a => a.IsFeatured);
            Assert.Contains($"/praktik-baik/{featured.Slug}", await Html.GetPageAsync(host.CreateClient(), "/"), StringComparison.Ordinal);
            var grms = await Html.GetPageAsync(host.CreateClient(), "/katalog/grms-jawa-tengah");
            Assert.Contains("Kurasi: Praktik baik", grms, StringComparison.Ordinal);
            Assert.Contains($"/praktik-baik/{featured.Slug}", grms, StringComparison.Ordinal);
            first = articles.Select(a => a.Slug).Concat(curations.Select(x => x.Slug)).Order().ToList();
        }

        await using var again = await MarketplaceHost.StartAsync(DemoSettings, "Development");
        var second = await again.QueryAsync(async db => (await db.BestPracticeArticles.Select(a => a.Slug).ToListAsync())
            .Concat(await db.AppCurations.Join(db.Apps, c => c.AppId, a => a.Id, (c, a) => a.Slug).ToListAsync()).Order().ToList());
        Assert.Equal(first, second);
        again.AssertNoUnexpectedProblems();
    }

    public void Dispose() => TempFolder.Delete(_folder);
}
