using System.Globalization;
using Marketplace.Web.Features.Statistics.Svg;

namespace Marketplace.Tests.Statistics;

public sealed class ShadeScaleTests
{
    private static readonly CultureInfo Indonesian = new("id");

    [Theory]
    [InlineData(12, 0, 0)]
    [InlineData(12, -3, 0)]
    [InlineData(12, 1, 1)]
    [InlineData(12, 3, 1)]
    [InlineData(12, 4, 2)]
    [InlineData(12, 6, 2)]
    [InlineData(12, 7, 3)]
    [InlineData(12, 9, 3)]
    [InlineData(12, 10, 4)]
    [InlineData(12, 12, 4)]
    [InlineData(12, 500, 4)]
    [InlineData(4, 1, 1)]
    [InlineData(4, 2, 2)]
    [InlineData(4, 3, 3)]
    [InlineData(4, 4, 4)]
    [InlineData(1, 1, 1)]
    [InlineData(0, 0, 0)]
    [InlineData(13, 4, 1)]
    [InlineData(13, 5, 2)]
    [InlineData(13, 13, 4)]
    public void Values_fall_into_five_classes_with_zero_alone_and_the_maximum_in_the_last(int max, int value, int shade) =>
        Assert.Equal(shade, ShadeScale.For(max).ClassOf(value));

    [Fact]
    public void Legend_labels_give_each_classes_range()
    {
        var scale = ShadeScale.For(12);

        Assert.Equal(["0", "1–3", "4–6", "7–9", "≥ 10"], Enumerable.Range(0, 5).Select(c => scale.Label(c, Indonesian)));
        Assert.Equal(["0", "1", "2", "3", "≥ 4"], Enumerable.Range(0, 5).Select(c => ShadeScale.For(2).Label(c, Indonesian)));
    }

    [Fact]
    public void Large_ranges_are_grouped_in_the_pages_language() =>
        Assert.Equal("1.001–2.000", ShadeScale.For(4000).Label(2, Indonesian));

    [Fact]
    public void Every_shade_keeps_its_numbers_readable_at_4_5_to_1() =>
        Assert.All(ShadeScale.Colours, c => Assert.True(Contrast(c.Fill, c.Text) >= 4.5, $"{c.Text} on {c.Fill}: {Contrast(c.Fill, c.Text):0.00}"));

    [Fact]
    public void Shades_get_darker_class_by_class() =>
        Assert.Equal(ShadeScale.Colours.Select(c => Luminance(c.Fill)).OrderDescending(), ShadeScale.Colours.Select(c => Luminance(c.Fill)));

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    // WCAG 2.1 relative luminance of #rrggbb.
    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = Convert.ToInt32(hex.Substring(offset, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
