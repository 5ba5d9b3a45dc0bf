using Marketplace.Web.Features.Reviews;

namespace Marketplace.Tests.Reviews;

public sealed class UsagePeriodTests
{
    [Theory]
    [InlineData("2026-01-15T08:00:00Z", "2026-01-20T08:00:00Z", 0)]
    [InlineData("2026-01-15T08:00:00Z", "2026-02-15T08:00:00Z", 1)]
    [InlineData("2026-01-15T08:00:00Z", "2026-02-15T07:59:00Z", 0)]
    [InlineData("2026-01-31T00:00:00Z", "2026-02-28T00:00:00Z", 0)]
    [InlineData("2025-11-10T00:00:00Z", "2026-11-09T00:00:00Z", 11)]
    [InlineData("2025-11-10T00:00:00Z", "2026-11-10T00:00:00Z", 12)]
    [InlineData("2026-03-01T00:00:00Z", "2026-02-01T00:00:00Z", 0)]
    public void Whole_months_are_counted(string from, string to, int months) =>
        Assert.Equal(months, UsagePeriod.Months(DateTimeOffset.Parse(from), DateTimeOffset.Parse(to)));
}
