using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>
/// What <see cref="IMailOutbox.EnqueueAsync"/> refuses, on each database: a line break or control character in anything
/// that becomes a header, an address that is not exactly one address, a second message under the same dedupe key, and
/// messages beyond the per-user limit. A refused draft stores nothing.
/// </summary>
public abstract class MailEnqueueContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    public static TheoryData<string, string> HeaderInjections => new()
    {
        { "subject", "Rapat besok\r\nBcc: semua@contoh.go.id" },
        { "subject", "Rapat besok\nBcc: semua@contoh.go.id" },
        { "name", "Andi\rBcc: semua@contoh.go.id" },
        { "name", "Andi\tBcc: semua@contoh.go.id" },
        { "address", "andi@singkawangkota.go.id\r\nBcc: semua@contoh.go.id" },
        { "unsubscribe", "https://forum.example.go.id/berhenti\r\nBcc: semua@contoh.go.id" },
    };

    [Theory]
    [MemberData(nameof(HeaderInjections))]
    public async Task A_line_break_in_a_header_field_is_refused_and_nothing_is_stored(string field, string value)
    {
        var draft = MailHosts.Draft("andi@singkawangkota.go.id", "Rapat besok");
        draft = field switch
        {
            "subject" => draft with { Subject = value },
            "name" => draft with { ToName = value },
            "address" => draft with { ToAddress = value },
            _ => draft with { UnsubscribeUrl = value },
        };

        await Assert.ThrowsAsync<MailHeaderException>(() => Host.EnqueueAsync(draft));
        Assert.Equal(0, await CountAsync(draft.DedupeKey));
    }

    [Theory]
    [InlineData("a@x.go.id, b@y.go.id")]
    [InlineData("a@x.go.id; b@y.go.id")]
    [InlineData("Andi <a@x.go.id>")]
    [InlineData("bukan-alamat")]
    [InlineData("")]
    public async Task Anything_but_one_plain_address_is_refused_and_nothing_is_stored(string address)
    {
        var draft = MailHosts.Draft(address, "Rapat besok");

        var refused = await Assert.ThrowsAnyAsync<ArgumentException>(() => Host.EnqueueAsync(draft));
        Assert.IsNotType<MailHeaderException>(refused);
        Assert.Equal(0, await CountAsync(draft.DedupeKey));
    }

    [Fact]
    public async Task The_same_dedupe_key_twice_is_one_message()
    {
        var key = "test:dedupe:" + Guid.NewGuid().ToString("N");

        Assert.Equal(EnqueueResult.Queued, await Host.EnqueueAsync(MailHosts.Draft("andi@singkawangkota.go.id", "Pertama", key: key)));
        Assert.Equal(EnqueueResult.Duplicate, await Host.EnqueueAsync(MailHosts.Draft("andi@singkawangkota.go.id", "Kedua", key: key)));

        var subjects = await Host.QueryAsync(db => db.MailOutbox.AsNoTracking().Where(m => m.DedupeKey == key).Select(m => m.Subject).ToListAsync());
        Assert.Equal(["Pertama"], subjects);
    }

    [Fact]
    public async Task Beyond_the_per_user_limit_nothing_more_is_queued_for_that_user()
    {
        var settings = Fixture.SettingsForNewDatabase();
        settings["Mail:PerUserPerHour"] = "3";
        await using var host = await MarketplaceHost.StartAsync(settings);
        var (user, other) = ("user-" + Guid.NewGuid().ToString("N"), "user-" + Guid.NewGuid().ToString("N"));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(EnqueueResult.Queued, await host.EnqueueAsync(MailHosts.Draft("andi@singkawangkota.go.id", $"Kabar {i}", user)));
        }

        Assert.Equal(EnqueueResult.OverLimit, await host.EnqueueAsync(MailHosts.Draft("andi@singkawangkota.go.id", "Kabar 3", user)));
        Assert.Equal(EnqueueResult.OverLimit, await host.EnqueueAsync(MailHosts.Draft("andi@singkawangkota.go.id", "Kabar 4", user)));
        Assert.Equal(EnqueueResult.Queued, await host.EnqueueAsync(MailHosts.Draft("budi@singkawangkota.go.id", "Kabar lain", other)));

        Assert.Equal(3, await host.QueryAsync(db => db.MailOutbox.CountAsync(m => m.UserId == user)));
        host.AssertNoUnexpectedProblems(p => p.Level == LogLevel.Warning && p.Message.Contains("reach the limit", StringComparison.Ordinal));
    }

    private Task<int> CountAsync(string key) => Host.QueryAsync(db => db.MailOutbox.CountAsync(m => m.DedupeKey == key));
}

[Collection(SqliteCollection.Name)]
public sealed class MailEnqueueOnSqlite(SqliteHostFixture fixture) : MailEnqueueContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class MailEnqueueOnPostgres(PostgresHostFixture fixture) : MailEnqueueContract(fixture);
