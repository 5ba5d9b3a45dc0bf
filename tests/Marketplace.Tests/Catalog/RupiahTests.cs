using System.Globalization;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Tests.Catalog;

public sealed class RupiahTests
{
    [Theory]
    [InlineData("1250000000", 1_250_000_000L)]
    [InlineData("1.250.000.000", 1_250_000_000L)]
    [InlineData("1,250,000,000", 1_250_000_000L)]
    [InlineData("Rp 1.250.000.000", 1_250_000_000L)]
    [InlineData("Rp1.250.000", 1_250_000L)]
    [InlineData("rp. 750.000", 750_000L)]
    [InlineData("  0 ", 0L)]
    [InlineData("-5.000", -5_000L)]
    [InlineData("999", 999L)]
    public void Whole_amounts_are_read_with_or_without_thousands_groups(string text, long expected)
    {
        Assert.True(Rupiah.TryParse(text, out var amount));
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("satu juta")]
    [InlineData("1,5")]
    [InlineData("1250000000.00")]
    [InlineData("1.250,000")]
    [InlineData("12.50.000")]
    [InlineData("1234.567")]
    [InlineData(".500")]
    [InlineData("Rp")]
    [InlineData("-")]
    [InlineData("1e9")]
    [InlineData("99999999999999999999999")]
    [InlineData("１２３")]
    public void Anything_that_is_not_a_whole_amount_is_refused_not_guessed(string text) =>
        Assert.False(Rupiah.TryParse(text, out _));

    [Fact]
    public void Indonesian_amounts_are_grouped_with_dots_and_English_ones_with_commas()
    {
        Assert.Equal("Rp 1.250.000.000", Rupiah.Format(1_250_000_000, new CultureInfo("id")));
        Assert.Equal("Rp 1,250,000,000", Rupiah.Format(1_250_000_000, new CultureInfo("en")));
        Assert.Equal("Rp 0", Rupiah.Format(0, new CultureInfo("id")));
    }
}
