namespace Marketplace.Plugins.Parking;

/// <summary>One parking retribution ticket (karcis), numbered per day: 20260105-0001.</summary>
public sealed record Ticket(string Number, string VehicleType, string Plate, string Location, long Amount, DateTimeOffset IssuedAt, string IssuedBy);

/// <summary>The day's totals per vehicle type.</summary>
public sealed record RecapLine(string VehicleType, int Count, long Amount);

/// <summary>A day's recap for a region.</summary>
public sealed record DailyRecap(DateOnly Date, IReadOnlyList<RecapLine> Lines)
{
    public int Count => Lines.Sum(l => l.Count);

    public long Amount => Lines.Sum(l => l.Amount);

    public static DailyRecap Of(DateOnly date, IEnumerable<Ticket> tickets) =>
        new(date, [.. tickets.GroupBy(t => t.VehicleType)
            .Select(g => new RecapLine(g.Key, g.Count(), g.Sum(t => t.Amount)))
            .OrderBy(l => l.VehicleType, StringComparer.Ordinal)]);
}
