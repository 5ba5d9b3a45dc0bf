using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Notifications.Api;

namespace Marketplace.Web.Features.Notifications;

/// <summary>In-app notifications and subscriptions; adoption changes reach people through <see cref="AdoptionNotifications"/>.</summary>
public static class NotificationsRegistration
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<NotificationService>();
        builder.Services.AddScoped<IWatchTargets, AppWatchTargets>();
        builder.Services.AddScoped<IWatchTargets, ThreadWatchTargets>();
        builder.Services.AddScoped<IWatchTargets, BoardWatchTargets>();
        builder.Services.AddSingleton<IAdoptionObserver, AdoptionNotifications>();
        builder.Services.AddSingleton<Forum.IForumObserver, ForumNotifications>();
        builder.Services.AddSingleton<Forum.Moderation.IModerationObserver, ModerationNotifications>();
        builder.Services.AddSingleton<Reviews.IReviewObserver, ReviewNotifications>();
        builder.Services.AddSingleton<Catalog.PublicCode.IPublicCodeImportObserver, ImportNotifications>();
        return builder;
    }

    public static WebApplication MapNotifications(this WebApplication app)
    {
        app.MapNotificationApi();
        return app;
    }
}
