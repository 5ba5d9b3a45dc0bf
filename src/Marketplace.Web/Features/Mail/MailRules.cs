namespace Marketplace.Web.Features.Mail;

/// <summary>
/// The checks every message passes before it is queued. A header is a line: a CR or LF in a subject, a name or an
/// address would let user text add headers of its own (header injection), so such a value is refused, not cleaned.
/// </summary>
public static class MailRules
{
    public const int DedupeKeyMax = 200;
    public const int AddressMax = 320;
    public const int NameMax = 200;
    public const int SubjectMax = 400;
    public const int ErrorMax = 1000;

    /// <summary>True when the value may go into a header: no CR, LF or other control character.</summary>
    public static bool IsHeaderSafe(string? value) => value is null || !value.Any(char.IsControl);

    /// <summary>Throws <see cref="MailHeaderException"/> when <paramref name="value"/> is not header-safe.</summary>
    public static void CheckHeader(string? value, string field)
    {
        if (!IsHeaderSafe(value))
        {
            throw new MailHeaderException(field);
        }
    }
}

/// <summary>A value meant for a mail header holds a line break or another control character; nothing was queued.</summary>
public sealed class MailHeaderException(string field)
    : ArgumentException($"The mail's {field} contains a line break or another control character and was refused.", field);
