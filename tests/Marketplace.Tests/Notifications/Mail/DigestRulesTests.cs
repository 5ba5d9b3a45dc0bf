using Marketplace.Web.Features.Notifications;
using Marketplace.Web.Features.Notifications.Mail;

namespace Marketplace.Tests.Notifications.Mail;

public sealed class DigestRulesTests
{
    private static readonly DateTimeOffset Monday9 = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero); // 09.00 WIB
    private static readonly IReadOnlyDictionary<NotificationKind, MailDelivery> Defaults = NotificationPreferences.Effective([]);

    private static DigestCandidate Row(long id, TimeSpan ago, DateTimeOffset? readAt = null, NotificationKind kind = NotificationKind.Reply) =>
        new(id, kind, Monday9 - ago, readAt);

    [Fact]
    public void A_user_who_never_visited_gets_everything_unread()
    {
        var selection = DigestRules.Select([Row(1, TimeSpan.FromHours(5)), Row(2, TimeSpan.FromHours(2))], lastSeenAt: null, Defaults, canMail: true);

        Assert.Equal([1L, 2L], selection.Include);
        Assert.Empty(selection.Drop);
    }

    [Fact]
    public void What_happened_before_the_last_visit_is_dropped()
    {
        var selection = DigestRules.Select(
            [Row(1, TimeSpan.FromHours(5)), Row(2, TimeSpan.FromHours(3)), Row(3, TimeSpan.FromHours(1))],
            lastSeenAt: Monday9 - TimeSpan.FromHours(3), Defaults, canMail: true);

        Assert.Equal([3L], selection.Include);
        Assert.Equal([1L, 2L], selection.Drop);
    }

    [Fact]
    public void Read_notifications_and_kinds_turned_off_since_are_dropped()
    {
        var choices = NotificationPreferences.Effective([(NotificationKind.NewThread, MailDelivery.Off)]);
        var selection = DigestRules.Select(
            [Row(1, TimeSpan.FromHours(5), readAt: Monday9), Row(2, TimeSpan.FromHours(4), kind: NotificationKind.NewThread), Row(3, TimeSpan.FromHours(1))],
            lastSeenAt: null, choices, canMail: true);

        Assert.Equal([3L], selection.Include);
        Assert.Equal([1L, 2L], selection.Drop);
    }

    [Fact]
    public void Nothing_goes_to_a_user_who_cannot_get_mail() =>
        Assert.Empty(DigestRules.Select([Row(1, TimeSpan.FromHours(1))], null, Defaults, canMail: false).Include);

    [Theory]
    [InlineData("2026-12-07T02:00:00Z", 7, "2026-12-07T00:00:00Z")] // 09.00 WIB: today's 07.00
    [InlineData("2026-12-06T23:30:00Z", 7, "2026-12-06T00:00:00Z")] // 06.30 WIB: yesterday's 07.00
    [InlineData("2026-12-07T00:00:30Z", 7, "2026-12-06T00:00:00Z")] // 07.00.30 WIB: within the grace
    [InlineData("2026-12-07T00:01:00Z", 7, "2026-12-07T00:00:00Z")]
    [InlineData("2026-12-06T17:30:00Z", 0, "2026-12-06T17:00:00Z")] // 00.30 WIB
    public void The_cutoff_is_the_latest_digest_hour_in_WIB(string now, int hour, string expected)
    {
        var cutoff = DigestRules.Cutoff(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), hour);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), cutoff);
        Assert.Equal(TimeSpan.Zero, cutoff.Offset);
    }

    [Fact]
    public void The_digest_day_is_the_WIB_date() =>
        Assert.Equal("2026-12-07", DigestRules.Day(new DateTimeOffset(2026, 12, 6, 17, 0, 0, TimeSpan.Zero)));
}
