using Marketplace.Web.Data;
using Marketplace.Web.Features.Mail.Outbox;

namespace Marketplace.Web.Features.Mail;

public static class MailRegistration
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>()
            .Bind(builder.Configuration.GetSection(MailOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != MailProvider.Smtp || !string.IsNullOrWhiteSpace(o.Smtp.Host),
                "Mail:Smtp:Host is required when Mail:Provider is Smtp.")
            .Validate(o => string.IsNullOrEmpty(o.Smtp.UserName) || o.Smtp.Security != SmtpSecurity.None,
                "Mail:Smtp:UserName is set with Mail:Smtp:Security None: the password would cross the network in clear text. Use StartTls or SslOnConnect.")
            .Validate(o => o.Outbox.FirstRetryDelay > TimeSpan.Zero && o.Outbox.MaxRetryDelay >= o.Outbox.FirstRetryDelay,
                "Mail:Outbox:FirstRetryDelay must be positive and at most Mail:Outbox:MaxRetryDelay.")
            .Validate(o => o.Outbox.PollInterval > TimeSpan.Zero && o.Outbox.LeaseDuration > o.Outbox.PollInterval,
                "Mail:Outbox:PollInterval must be positive and shorter than Mail:Outbox:LeaseDuration.")
            .Validate(o => o.Provider != MailProvider.Smtp || o.Outbox.LeaseDuration > TimeSpan.FromSeconds(o.Smtp.TimeoutSeconds),
                "Mail:Outbox:LeaseDuration must be longer than Mail:Smtp:TimeoutSeconds: a message still in flight when the lease lapsed could be sent a second time by the node that takes over.")
            .ValidateOnStart();

        var provider = builder.Configuration.GetSection(MailOptions.Section).GetValue<MailProvider?>(nameof(MailOptions.Provider)) ?? MailProvider.Pickup;
        if (provider == MailProvider.Smtp)
        {
            builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            builder.Services.AddSingleton<IMailSender, PickupFolderMailSender>();
        }

        builder.Services.AddSingleton<MailSignal>();
        builder.Services.AddScoped<IMailOutbox, MailOutbox>();
        builder.Services.AddScoped<DatabaseLease>();
        builder.Services.AddScoped<OutboxAdministration>();
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxSender>());
        builder.Services.AddHealthChecks().AddCheck<MailHealthCheck>("mail");
        return builder;
    }
}
