namespace Marketplace.Web.Features.Mail.Outbox;

/// <summary>
/// The wait before the next attempt after <c>attempts</c> failures: the first retry delay, doubled each time, capped,
/// and spread by ±20 % so that messages that failed together (an SMTP outage) do not all come back in the same second.
/// </summary>
public static class Backoff
{
    public static TimeSpan Delay(int attempts, OutboxOptions options, double random)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = Math.Min(options.FirstRetryDelay.Ticks * Math.Pow(2, exponent), options.MaxRetryDelay.Ticks);
        var spread = 0.8 + (0.4 * Math.Clamp(random, 0, 1));
        return TimeSpan.FromTicks((long)(ticks * spread));
    }
}
