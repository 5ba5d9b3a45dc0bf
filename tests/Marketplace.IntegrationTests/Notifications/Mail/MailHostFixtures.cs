using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web;

namespace Marketplace.IntegrationTests.Notifications.Mail;

/// <summary>A shared host whose mail goes to a real SMTP server (aiosmtpd writing a Maildir).</summary>
public interface IMailHostFixture : IHostFixture
{
    SmtpSink Sink { get; }
}

/// <summary>Settings that point a host at <paramref name="sink"/>, with a sender that looks often.</summary>
internal static class MailHostSettings
{
    public static Dictionary<string, string?> For(SmtpSink sink, Dictionary<string, string?> database)
    {
        var settings = new Dictionary<string, string?>(sink.HostSettings())
        {
            ["Mail:Outbox:PollInterval"] = "00:00:00.250",
            ["Mail:Outbox:FirstRetryDelay"] = "00:00:00.200",
            ["Mail:Outbox:MaxRetryDelay"] = "00:00:01",
            ["Mail:Smtp:TimeoutSeconds"] = "5",
        };
        foreach (var (key, value) in database)
        {
            settings[key] = value;
        }

        return settings;
    }
}

public sealed class SqliteMailHostFixture : HostFixture, IMailHostFixture
{
    private readonly List<string> _folders = [];
    private SmtpSink? _sink;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public SmtpSink Sink => _sink ?? throw new InvalidOperationException("The SMTP server has not started.");

    public override Dictionary<string, string?> SettingsForNewDatabase()
    {
        var folder = TempFolder.NewPath("mk-it-mail");
        lock (_folders)
        {
            _folders.Add(folder);
        }

        return MailHostSettings.For(Sink, new() { ["Marketplace:DataPath"] = folder });
    }

    protected override async Task StartDependenciesAsync() => _sink = await SmtpSink.StartAsync();

    protected override async Task StopDependenciesAsync()
    {
        _folders.ForEach(TempFolder.Delete);
        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }
    }
}

public sealed class PostgresMailHostFixture : HostFixture, IMailHostFixture
{
    private PostgresServer? _server;
    private SmtpSink? _sink;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public SmtpSink Sink => _sink ?? throw new InvalidOperationException("The SMTP server has not started.");

    public override Dictionary<string, string?> SettingsForNewDatabase() =>
        MailHostSettings.For(Sink, PostgresHostFixture.SettingsFor(_server ?? throw new InvalidOperationException("The server has not started.")));

    protected override async Task StartDependenciesAsync()
    {
        _sink = await SmtpSink.StartAsync();
        _server = await PostgresServer.StartAsync();
    }

    protected override async Task StopDependenciesAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteMailCollection : ICollectionFixture<SqliteMailHostFixture>
{
    public const string Name = "Host on SQLite with an SMTP server";
}

[CollectionDefinition(Name)]
public sealed class PostgresMailCollection : ICollectionFixture<PostgresMailHostFixture>
{
    public const string Name = "Host on PostgreSQL with an SMTP server";
}
