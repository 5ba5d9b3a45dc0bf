using MimeKit;

namespace Marketplace.Testing;

/// <summary>Reads the .eml files the host wrote to its pickup folder.</summary>
public static class MailPickup
{
    public static string Folder(string dataPath) => Path.Combine(dataPath, "mail", "pickup");

    public static IReadOnlyList<MimeMessage> All(string dataPath) =>
        Directory.Exists(Folder(dataPath))
            ? Directory.GetFiles(Folder(dataPath), "*.eml").Order().Select(f => MimeMessage.Load(f)).ToList()
            : [];

    /// <summary>Waits until a message to <paramref name="address"/> arrives and returns the newest one.</summary>
    public static Task<MimeMessage> WaitForAsync(string dataPath, string address, TimeSpan? timeout = null) =>
        WaitForAsync(dataPath, address, _ => true, timeout);

    /// <summary>
    /// Waits until a message to <paramref name="address"/> matching <paramref name="where"/> arrives and returns the newest
    /// one. Mail is delivered in the background (through the outbox), so a test waits for the message it expects.
    /// </summary>
    public static async Task<MimeMessage> WaitForAsync(string dataPath, string address, Func<MimeMessage, bool> where, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < until)
        {
            var message = All(dataPath).LastOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)) && where(m));
            if (message is not null)
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No message to {address} arrived in {Folder(dataPath)}.");
    }

    /// <summary>The first link in the plain-text body that starts with <paramref name="prefix"/>.</summary>
    public static string LinkStartingWith(MimeMessage message, string prefix)
    {
        var text = message.TextBody ?? throw new InvalidOperationException("The message has no text part.");
        var start = text.IndexOf(prefix, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"No link starting with {prefix} in:\n{text}");
        }

        var end = text.IndexOfAny([' ', '\r', '\n', '>'], start);
        return end < 0 ? text[start..] : text[start..end];
    }
}
