using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>What an unsubscribe link turns off: one kind of a user's mail, or (<see cref="Kind"/> null) their daily digest.</summary>
public sealed record UnsubscribeScope(string UserId, NotificationKind? Kind)
{
    public bool IsDigest => Kind is null;
}

/// <summary>
/// The token in an unsubscribe link: the user id and the kind, signed and encrypted with ASP.NET Data Protection (keys in
/// the database, so every node reads every node's links). Holding the token is the authentication, as mail clients post
/// one-click unsubscribes without a session (RFC 8058); it can only turn mail off, and only for the one user it names.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider provider)
{
    public const string Purpose = "Marketplace.Mail.Unsubscribe.v1";
    private const string DigestName = "Digest";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Create(UnsubscribeScope scope) =>
        _protector.Protect($"{scope.Kind?.ToString() ?? DigestName}|{scope.UserId}");

    /// <summary>The scope a token names; false for anything not made by <see cref="Create"/> (tampered, cut, garbage).</summary>
    public bool TryRead(string? token, out UnsubscribeScope scope)
    {
        scope = new UnsubscribeScope("", null);
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return false;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return false;
        }

        var bar = payload.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0 || bar == payload.Length - 1)
        {
            return false;
        }

        var (kindName, userId) = (payload[..bar], payload[(bar + 1)..]);
        if (kindName == DigestName)
        {
            scope = new UnsubscribeScope(userId, null);
            return true;
        }

        if (Enum.TryParse<NotificationKind>(kindName, ignoreCase: false, out var kind) && NotificationPreferences.IsChoosable(kind)
            && Enum.GetName(kind) == kindName)
        {
            scope = new UnsubscribeScope(userId, kind);
            return true;
        }

        return false;
    }
}
