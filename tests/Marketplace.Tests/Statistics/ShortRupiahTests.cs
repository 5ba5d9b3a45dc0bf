using Marketplace.Web.Features.Statistics;

namespace Marketplace.Tests.Statistics;

public sealed class ShortRupiahTests
{
    [Theory]
    [InlineData(3_000_000_000L, "Money.Billion", 3.0)]
    [InlineData(2_990_000_000L, "Money.Billion", 2.9)]
    [InlineData(999_999_999L, "Money.Million", 999.9)]
    [InlineData(1_000_000L, "Money.Million", 1.0)]
    [InlineData(12_500_000_000_000L, "Money.Trillion", 12.5)]
    public void Large_amounts_are_shown_in_their_largest_unit_rounded_down(long amount, string key, double value) =>
        Assert.Equal((key, value), IndexModel.Shorten(amount));

    [Theory]
    [InlineData(0L)]
    [InlineData(999_999L)]
    public void Amounts_below_a_million_are_shown_whole(long amount) =>
        Assert.Equal((null, (double)amount), IndexModel.Shorten(amount));
}
