using Marketplace.Web.Features.Mail;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>
/// Notifications by e-mail: the planner and the daily digest (run by the mail sender under its lease), the renderer,
/// unsubscribe tokens, preferences, and the record of each signed-in user's last visit.
/// </summary>
public static class NotificationMailRegistration
{
    public static WebApplicationBuilder AddNotificationMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<NotificationPreferences>();
        builder.Services.AddSingleton<UnsubscribeTokens>();
        builder.Services.AddScoped<NotificationMailRenderer>();

        // The planner first: the digest waits for the planner's decisions on what came before its moment.
        builder.Services.AddScoped<IMailJob, NotificationMailPlanner>();
        builder.Services.AddScoped<IMailJob, DigestJob>();
        return builder;
    }

    /// <summary>After authentication: records signed-in users' visits.</summary>
    public static WebApplication UseNotificationMail(this WebApplication app)
    {
        app.UseMiddleware<LastSeenMiddleware>();
        return app;
    }
}
