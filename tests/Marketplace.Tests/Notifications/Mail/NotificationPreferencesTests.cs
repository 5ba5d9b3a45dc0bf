using Marketplace.Web.Features.Notifications;
using Marketplace.Web.Features.Notifications.Mail;

namespace Marketplace.Tests.Notifications.Mail;

public sealed class NotificationPreferencesTests
{
    [Theory]
    [InlineData(NotificationKind.Mention, MailDelivery.Immediately)]
    [InlineData(NotificationKind.AdoptionRequested, MailDelivery.Immediately)]
    [InlineData(NotificationKind.AdoptionMoved, MailDelivery.Immediately)]
    [InlineData(NotificationKind.Review, MailDelivery.Immediately)]
    [InlineData(NotificationKind.Moderation, MailDelivery.Immediately)]
    [InlineData(NotificationKind.Import, MailDelivery.Immediately)]
    [InlineData(NotificationKind.Reply, MailDelivery.DailyDigest)]
    [InlineData(NotificationKind.NewThread, MailDelivery.DailyDigest)]
    [InlineData(NotificationKind.Recommendation, MailDelivery.DailyDigest)]
    public void Each_kind_has_its_default(NotificationKind kind, MailDelivery expected) =>
        Assert.Equal(expected, NotificationPreferences.Default(kind));

    [Fact]
    public void Account_messages_are_no_choice_and_always_come_at_once()
    {
        Assert.DoesNotContain(NotificationKind.Account, NotificationPreferences.Choosable);
        Assert.Equal(MailDelivery.Immediately, NotificationPreferences.Effective([(NotificationKind.Account, MailDelivery.Off)])[NotificationKind.Account]);
    }

    [Fact]
    public void Stored_choices_win_over_the_defaults()
    {
        var effective = NotificationPreferences.Effective([(NotificationKind.Mention, MailDelivery.Off), (NotificationKind.Reply, MailDelivery.Immediately)]);

        Assert.Equal(MailDelivery.Off, effective[NotificationKind.Mention]);
        Assert.Equal(MailDelivery.Immediately, effective[NotificationKind.Reply]);
        Assert.Equal(MailDelivery.DailyDigest, effective[NotificationKind.NewThread]);
    }

    [Fact]
    public void Every_kind_but_account_can_be_chosen() =>
        Assert.Equal(Enum.GetValues<NotificationKind>().Where(k => k != NotificationKind.Account).Order(), NotificationPreferences.Choosable.Order());

    [Fact]
    public void Posted_choices_are_read_by_exact_names()
    {
        var input = PreferenceInput.Parse([("Mention", "Off"), ("Reply", "Immediately")]);

        Assert.Null(input.Error);
        Assert.Equal(MailDelivery.Off, input.Choices[NotificationKind.Mention]);
    }

    [Theory]
    [InlineData("Mention", "off", "Preferences.Invalid")]
    [InlineData("Mention", "2", "Preferences.Invalid")]
    [InlineData("Mention", null, "Preferences.Invalid")]
    [InlineData("Mention", "Immediately,Off", "Preferences.Invalid")]
    [InlineData("Account", "Off", "Preferences.Unknown")]
    [InlineData("mention", "Off", "Preferences.Unknown")]
    [InlineData("0", "Off", "Preferences.Unknown")]
    [InlineData("Bcc", "Off", "Preferences.Unknown")]
    public void Anything_else_is_refused_with_its_reason(string name, string? value, string key) =>
        Assert.Equal(key, PreferenceInput.Parse([("Reply", "Off"), (name, value)]).Error?.Key);
}
