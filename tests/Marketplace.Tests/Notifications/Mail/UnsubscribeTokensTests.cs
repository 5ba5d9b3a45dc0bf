using Marketplace.Web.Features.Notifications;
using Marketplace.Web.Features.Notifications.Mail;
using Microsoft.AspNetCore.DataProtection;

namespace Marketplace.Tests.Notifications.Mail;

public sealed class UnsubscribeTokensTests
{
    [Theory]
    [InlineData(NotificationKind.Mention)]
    [InlineData(NotificationKind.Reply)]
    [InlineData(null)]
    public void A_token_gives_back_its_user_and_kind(NotificationKind? kind)
    {
        var tokens = MailTestParts.Tokens();
        var token = tokens.Create(new UnsubscribeScope("5b1c9e7a-user|with|bars", kind));

        Assert.True(tokens.TryRead(token, out var scope));
        Assert.Equal("5b1c9e7a-user|with|bars", scope.UserId);
        Assert.Equal(kind, scope.Kind);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' is not URL-safe."));
    }

    [Fact]
    public void A_changed_character_anywhere_makes_the_token_invalid()
    {
        var tokens = MailTestParts.Tokens();
        var token = tokens.Create(new UnsubscribeScope("user-1", NotificationKind.Mention));
        for (var i = 0; i < token.Length; i += 7)
        {
            var tampered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.False(tokens.TryRead(tampered, out _), $"Changed at {i}.");
        }

        Assert.False(tokens.TryRead(token[..^4], out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("%%%")]
    [InlineData("Mention|user-1")]
    public void Garbage_is_not_a_token(string? token) => Assert.False(MailTestParts.Tokens().TryRead(token, out _));

    [Fact]
    public void A_token_of_another_key_ring_or_purpose_is_refused()
    {
        var provider = new EphemeralDataProtectionProvider();
        var other = provider.CreateProtector("Marketplace.Something.Else").Protect("Mention|user-1");

        Assert.False(MailTestParts.Tokens(provider).TryRead(other, out _));
        Assert.False(MailTestParts.Tokens().TryRead(MailTestParts.Tokens(provider).Create(new UnsubscribeScope("user-1", null)), out _));
    }

    [Fact]
    public void Account_mail_cannot_be_unsubscribed_even_with_a_signed_payload()
    {
        var provider = new EphemeralDataProtectionProvider();
        var forged = provider.CreateProtector(UnsubscribeTokens.Purpose).Protect("Account|user-1");

        Assert.False(MailTestParts.Tokens(provider).TryRead(forged, out _));
    }
}
