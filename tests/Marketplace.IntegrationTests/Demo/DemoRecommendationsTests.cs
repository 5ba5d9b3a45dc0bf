using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Forum.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Demo;

public sealed class DemoRecommendationsTests : IDisposable
{
    private readonly string _folder = TempFolder.NewPath("mk-it-demo-rekomendasi");

    private Dictionary<string, string?> DemoSettings => new() { ["Marketplace:Demo:Enabled"] = "true", ["Marketplace:DataPath"] = _folder };

    [Fact]
    public async Task The_demo_pokja_thread_produced_an_endorsed_recommendation_that_is_listed_and_a_restart_adds_nothing()
    {
        int id;
        await using (var host = await MarketplaceHost.StartAsync(DemoSettings, "Development"))
        {
            var recommendation = await host.QueryAsync(db => db.ForumRecommendations.AsNoTracking().Include(r => r.Events).SingleAsync());
            id = recommendation.Id;
            var thread = await host.QueryAsync(db => db.ForumThreads.AsNoTracking().SingleAsync(t => t.Id == recommendation.SourceThreadId));
            var board = await host.QueryAsync(db => db.ForumBoards.AsNoTracking().SingleAsync(b => b.Id == recommendation.BoardId));
            var posts = await host.QueryAsync(db => db.ForumPosts.AsNoTracking().Where(p => p.ThreadId == thread.Id).OrderBy(p => p.Number).ToListAsync());
            var versions = await host.QueryAsync(db => db.ForumRecommendationVersions.AsNoTracking().Where(v => v.RecommendationId == id).ToListAsync());
            var reviews = await host.QueryAsync(db => db.ForumRecommendationReviews.AsNoTracking().Where(r => r.RecommendationId == id).ToListAsync());
            var members = await host.QueryAsync(db => db.ForumBoardMembers.AsNoTracking().Where(m => m.BoardId == board.Id).Select(m => m.UserId).ToListAsync());

            Assert.Equal("pokja-kebijakan", board.Slug);
            Assert.Equal("Menyelaraskan target SPBE Perpres 95/2018 dengan rencana aplikasi daerah", thread.Title);
            Assert.Equal([1, 2, 3, 4], posts.Select(p => p.Number));
            Assert.Equal(posts.Count, thread.PostCount);
            Assert.Equal(posts[^1].CreatedAt, thread.LastPostAt);
            Assert.True(posts.Zip(posts.Skip(1)).All(pair => pair.First.CreatedAt < pair.Second.CreatedAt));
            Assert.True(posts[^1].CreatedAt < recommendation.CreatedAt);
            Assert.Equal(4, posts.Select(p => p.AuthorId).Distinct().Count());
            Assert.Equal((RecommendationState.Disahkan, 2), (recommendation.State, recommendation.CurrentVersion));
            Assert.Equal("Rina Kurniasih", recommendation.EndorsedByName);
            Assert.True(recommendation.EndorsedAt < DateTimeOffset.UtcNow && recommendation.CreatedAt < recommendation.EndorsedAt);
            Assert.Equal([1, 2], versions.Select(v => v.Number).Order());
            Assert.True(reviews.Count >= 2);
            Assert.All(reviews, r => Assert.Equal((2, ReviewVerdict.Setuju), (r.VersionNumber, r.Verdict)));
            Assert.All(reviews, r => Assert.Contains(r.UserId, members));
            Assert.Contains(posts[0].AuthorId, members);

            var url = RecommendationService.Url(id, recommendation.Title);
            Assert.Contains(url, await Html.GetPageAsync(host.CreateClient(), "/forum/pokja-kebijakan"), StringComparison.Ordinal);
            Assert.Contains(url, await Html.GetPageAsync(host.CreateClient(), "/forum/pokja-kebijakan/rekomendasi"), StringComparison.Ordinal);
            var page = await Html.GetPageAsync(host.CreateClient(), url);
            Assert.Contains("Status: Disahkan", page, StringComparison.Ordinal);
            Assert.Contains("Perpres", page, StringComparison.Ordinal);
            using var api = await host.CreateClient().GetAsync("/api/v1/forum/recommendations?board=pokja-kebijakan");
            Assert.Contains((await ApiCalls.JsonAsync(api)).GetProperty("recommendations").EnumerateArray(),
                r => r.GetProperty("id").GetInt32() == id && r.GetProperty("state").GetString() == "disahkan");
        }

        await using var again = await MarketplaceHost.StartAsync(DemoSettings, "Development");
        var counts = await again.QueryAsync(async db => (
            await db.ForumRecommendations.CountAsync(),
            await db.ForumRecommendationVersions.CountAsync(),
            await db.ForumThreads.CountAsync(t => t.Title == "Menyelaraskan target SPBE Perpres 95/2018 dengan rencana aplikasi daerah")));
        Assert.Equal((1, 2, 1), counts);
        Assert.Equal(id, await again.QueryAsync(db => db.ForumRecommendations.Select(r => r.Id).SingleAsync()));
        again.AssertNoUnexpectedProblems();
    }

    public void Dispose() => TempFolder.Delete(_folder);
}
