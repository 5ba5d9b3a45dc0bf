namespace Marketplace.Web.Features.Statistics.Svg;

/// <summary>One province's square on the tile map: its Kemendagri code, grid place and the short label written on it.</summary>
public sealed record ProvinceTile(string Code, int Column, int Row, string Label);

/// <summary>
/// The 38 provinces as a tile grid, roughly where they lie, west to east: Sumatra from Aceh (top left) down to
/// Lampung, Java with Bali and Nusa Tenggara along the bottom, Kalimantan, Sulawesi and Maluku in the middle, and
/// the six Papua provinces on the right. Labels are the usual short names (Sumut, Jateng, Kaltara).
/// A unit test holds the codes against the committed region data.
/// </summary>
public static class ProvinceTiles
{
    public const int Columns = 14;
    public const int Rows = 7;

    public static IReadOnlyList<ProvinceTile> All { get; } =
    [
        new("11", 0, 0, "Aceh"),
        new("12", 1, 1, "Sumut"),
        new("14", 2, 1, "Riau"),
        new("21", 3, 1, "Kepri"),
        new("13", 1, 2, "Sumbar"),
        new("15", 2, 2, "Jambi"),
        new("17", 1, 3, "Bengkulu"),
        new("16", 2, 3, "Sumsel"),
        new("19", 3, 3, "Babel"),
        new("18", 2, 4, "Lampung"),
        new("36", 3, 5, "Banten"),
        new("31", 4, 5, "Jakarta"),
        new("32", 5, 5, "Jabar"),
        new("33", 6, 5, "Jateng"),
        new("34", 6, 6, "DIY"),
        new("35", 7, 5, "Jatim"),
        new("51", 8, 5, "Bali"),
        new("52", 9, 5, "NTB"),
        new("53", 10, 5, "NTT"),
        new("65", 6, 0, "Kaltara"),
        new("61", 5, 1, "Kalbar"),
        new("64", 6, 1, "Kaltim"),
        new("62", 5, 2, "Kalteng"),
        new("63", 6, 2, "Kalsel"),
        new("75", 8, 0, "Gorontalo"),
        new("71", 9, 0, "Sulut"),
        new("76", 7, 1, "Sulbar"),
        new("72", 8, 1, "Sulteng"),
        new("73", 7, 2, "Sulsel"),
        new("74", 8, 2, "Sultra"),
        new("82", 10, 1, "Malut"),
        new("81", 10, 2, "Maluku"),
        new("96", 11, 1, "PBD"),
        new("92", 12, 1, "Pabar"),
        new("91", 13, 1, "Papua"),
        new("94", 12, 2, "Papteng"),
        new("95", 13, 2, "Pappeg"),
        new("93", 13, 3, "Papsel"),
    ];
}
