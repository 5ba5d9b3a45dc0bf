using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;

namespace Marketplace.Tests.Mail;

public sealed class BackoffTests
{
    private static readonly OutboxOptions _options = new() { FirstRetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromHours(2) };

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    [InlineData(8, 3840)]
    public void Each_failure_doubles_the_wait_from_the_first_retry_delay(int attempts, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.Delay(attempts, _options, 0.5));
    }

    [Theory]
    [InlineData(9)]
    [InlineData(20)]
    [InlineData(50)]
    [InlineData(int.MaxValue)]
    public void The_wait_stops_growing_at_the_maximum(int attempts)
    {
        Assert.Equal(TimeSpan.FromHours(2), Backoff.Delay(attempts, _options, 0.5));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void No_attempt_yet_waits_the_first_delay(int attempts)
    {
        Assert.Equal(TimeSpan.FromSeconds(30), Backoff.Delay(attempts, _options, 0.5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(30)]
    public void Jitter_spreads_the_wait_by_at_most_a_fifth_either_way(int attempts)
    {
        var nominal = Backoff.Delay(attempts, _options, 0.5);

        Close(nominal * 0.8, Backoff.Delay(attempts, _options, 0));
        Close(nominal * 1.2, Backoff.Delay(attempts, _options, 1));
        Close(nominal * 0.8, Backoff.Delay(attempts, _options, -5));
        Close(nominal * 1.2, Backoff.Delay(attempts, _options, 7));
        var random = new Random(8);
        for (var i = 0; i < 1000; i++)
        {
            var delay = Backoff.Delay(attempts, _options, random.NextDouble());
            Assert.InRange(delay, nominal * 0.8 - TimeSpan.FromMilliseconds(1), nominal * 1.2 + TimeSpan.FromMilliseconds(1));
        }
    }

    private static void Close(TimeSpan expected, TimeSpan actual) =>
        Assert.InRange(actual, expected - TimeSpan.FromMilliseconds(1), expected + TimeSpan.FromMilliseconds(1));
}
