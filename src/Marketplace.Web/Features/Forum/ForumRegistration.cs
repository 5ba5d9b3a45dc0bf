using Marketplace.Web.Data;
using Marketplace.Web.Features.Forum.Api;
using Marketplace.Web.Features.Forum.Moderation;
using Marketplace.Web.Features.Forum.Recommendations;

namespace Marketplace.Web.Features.Forum;

/// <summary>
/// The forum: boards (pokja, general, one per shared application), threads, posts, unread tracking and its read API.
/// An application's board is made lazily, the first time its discussion is opened (/forum/aplikasi/{slug}, linked
/// from the application page): the catalog needs no hook, applications published before the forum have boards too,
/// and a draft never gets one.
/// </summary>
public static class ForumRegistration
{
    public static WebApplicationBuilder AddForum(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ForumService>();
        builder.Services.AddSingleton<RenderedPosts>();
        builder.Services.AddScoped<IDataSeeder, ForumSeeder>();
        builder.AddForumModeration();
        builder.AddForumRecommendations();
        return builder;
    }

    public static WebApplication MapForum(this WebApplication app)
    {
        app.MapForumApi();
        app.MapForumRecommendations();
        return app;
    }
}
