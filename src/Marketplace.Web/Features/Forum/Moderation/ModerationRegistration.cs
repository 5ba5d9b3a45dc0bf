namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// Forum moderation: flags, the queue, hiding and restoring posts, moving and deleting threads, suspensions and the audit
/// log. Called from <see cref="ForumRegistration.AddForum"/>; its pages live under /forum/moderasi.
/// </summary>
public static class ModerationRegistration
{
    public static WebApplicationBuilder AddForumModeration(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ForumSuspensions>();
        builder.Services.AddScoped<IForumSuspensions>(services => services.GetRequiredService<ForumSuspensions>());
        builder.Services.AddScoped<ModerationNotifier>();
        builder.Services.AddScoped<FlagService>();
        builder.Services.AddScoped<ModerationService>();
        return builder;
    }
}
