using System.Globalization;

namespace Marketplace.Web.Features.Statistics.Svg;

/// <summary>
/// Five shades for counts: class 0 is "none", classes 1 to 4 split 1..max into four equal whole-number ranges (so a
/// map with at most four running adoptions per province shows 1, 2, 3 and 4 as their own classes). Each shade has
/// a text colour with at least 4.5:1 contrast, so the numbers written on the tiles stay readable.
/// </summary>
public sealed class ShadeScale
{
    public const int Classes = 5;

    /// <summary>Fill and text colour per class, light to dark.</summary>
    public static readonly IReadOnlyList<(string Fill, string Text)> Colours =
    [
        ("#f1f3f5", "#1b1f24"),
        ("#d4e5f4", "#1b1f24"),
        ("#93bfe6", "#1b1f24"),
        ("#2b68a6", "#ffffff"),
        ("#0b3a66", "#ffffff"),
    ];

    private ShadeScale(int step) => Step = step;

    /// <summary>The width of classes 1 to 4.</summary>
    public int Step { get; }

    public static ShadeScale For(int max) => new(Math.Max(1, (int)Math.Ceiling(Math.Max(0, max) / 4.0)));

    public int ClassOf(int value) => value <= 0 ? 0 : Math.Min(Classes - 1, (value + Step - 1) / Step);

    /// <summary>The range of a class as the legend prints it: "0", "3", "4–6", and "≥ 10" for the last, open-ended class.</summary>
    public string Label(int shade, CultureInfo culture)
    {
        if (shade == 0)
        {
            return "0";
        }

        var low = ((shade - 1) * Step) + 1;
        var high = shade * Step;
        return shade == Classes - 1 ? $"≥ {low.ToString("N0", culture)}"
            : low == high ? low.ToString("N0", culture)
            : $"{low.ToString("N0", culture)}–{high.ToString("N0", culture)}";
    }
}
