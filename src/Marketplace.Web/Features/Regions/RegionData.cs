using System.Globalization;

namespace Marketplace.Web.Features.Regions;

/// <summary>
/// Reads the committed region lists: provinces.csv and regencies.csv from the idn-area-data
/// npm package 4.0.1 (ODbL 1.0), plus the national institutions that take part.
/// </summary>
public static class RegionData
{
    /// <summary>Code of Kementerian Komunikasi dan Informatika, the curating ministry.</summary>
    public const string KemenkominfoCode = "00.01";

    public static IReadOnlyList<Region> National { get; } =
    [
        new() { Code = KemenkominfoCode, Name = "Kementerian Komunikasi dan Informatika", Kind = RegionKind.National },
        new() { Code = "00.02", Name = "Kementerian Dalam Negeri", Kind = RegionKind.National },
        new() { Code = "00.03", Name = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", Kind = RegionKind.National },
        new() { Code = "00.04", Name = "Badan Siber dan Sandi Negara", Kind = RegionKind.National },
    ];

    public static IReadOnlyList<Region> LoadAll()
    {
        var provinces = ReadCsv("provinces.csv", columns: 2)
            .Select(f => new Region { Code = f[0], Name = f[1], Kind = RegionKind.Province });
        var regencies = ReadCsv("regencies.csv", columns: 3)
            .Select(f => new Region { Code = f[0], ParentCode = f[1], Name = f[2], Kind = KindOf(f[2]) });
        return [.. National, .. provinces, .. regencies];
    }

    internal static RegionKind KindOf(string regencyName) =>
        regencyName.StartsWith("Kota ", StringComparison.Ordinal) ? RegionKind.City : RegionKind.Regency;

    private static IEnumerable<string[]> ReadCsv(string file, int columns)
    {
        using var stream = typeof(RegionData).Assembly.GetManifestResourceStream($"Marketplace.Web.Features.Regions.Data.{file}")
            ?? throw new InvalidOperationException($"Embedded region list {file} is missing.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();
        var rows = new List<string[]>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0)
            {
                continue;
            }

            // The source has no quoted fields; a row with another shape means the data changed and must be looked at.
            var fields = line.Split(',');
            if (fields.Length != columns)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{file}: unexpected row '{line}' after header '{header}'."));
            }

            rows.Add(fields);
        }

        return rows;
    }
}
