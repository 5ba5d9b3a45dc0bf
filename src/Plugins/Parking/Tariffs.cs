using System.Globalization;

namespace Marketplace.Plugins.Parking;

/// <summary>Retribution per vehicle type in rupiah, as a region sets it in its Perda (defaults from Palembang's tariffs).</summary>
public sealed class Tariffs
{
    public static readonly IReadOnlyList<string> VehicleTypes = ["Motor", "Mobil", "Bus/Truk"];

    public static Tariffs Default { get; } = new(new Dictionary<string, long> { ["Motor"] = 2_000, ["Mobil"] = 5_000, ["Bus/Truk"] = 10_000 });

    public Tariffs(IReadOnlyDictionary<string, long> amounts) => Amounts = amounts;

    public IReadOnlyDictionary<string, long> Amounts { get; }

    public long For(string vehicleType) => Amounts.TryGetValue(vehicleType, out var amount) ? amount : 0;

    /// <summary>Reads "2000", "2.000" or "Rp 2.000" as whole rupiah; false for anything else or outside 0..10,000,000.</summary>
    public static bool TryParseRupiah(string? text, out long amount)
    {
        var digits = (text ?? "").Replace("Rp", "", StringComparison.OrdinalIgnoreCase).Replace(".", "", StringComparison.Ordinal).Trim();
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out amount) && amount <= 10_000_000;
    }

    public static string Rupiah(long amount) => "Rp " + amount.ToString("N0", CultureInfo.GetCultureInfo("id-ID"));
}
