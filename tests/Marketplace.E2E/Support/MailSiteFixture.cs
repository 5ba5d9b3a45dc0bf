using Marketplace.Testing;

namespace Marketplace.E2E.Support;

/// <summary>The site of <see cref="SiteFixture"/> with its mail going to a real SMTP server (aiosmtpd writing a Maildir).</summary>
public sealed class MailSiteFixture : SiteFixture
{
    private SmtpSink? _sink;

    public SmtpSink Sink => _sink ?? throw new InvalidOperationException("The SMTP server has not started.");

    protected override async Task<IDictionary<string, string?>> MoreSettingsAsync()
    {
        _sink = await SmtpSink.StartAsync();
        var settings = _sink.HostSettings();
        settings["Mail:Outbox:PollInterval"] = "00:00:00.250";
        return settings;
    }

    protected override async Task StopDependenciesAsync()
    {
        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MailSiteCollection : ICollectionFixture<MailSiteFixture>
{
    public const string Name = "Site with an SMTP server";
}
