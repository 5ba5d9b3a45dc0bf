using Marketplace.Abstractions;
using Newtonsoft.Json;

namespace Marketplace.Plugins.Parking;

/// <summary>Tariffs and tickets of the caller's region in the host's module storage, as JSON written with Newtonsoft.Json.</summary>
public sealed class ParkingStore(IModuleStorage storage, TimeProvider clock)
{
    private const string TariffKey = "tarif";

    public async Task<Tariffs> TariffsAsync(CancellationToken cancellationToken)
    {
        var json = await storage.GetAsync(TariffKey, cancellationToken);
        return json is null ? Tariffs.Default : new Tariffs(JsonConvert.DeserializeObject<Dictionary<string, long>>(json, ModuleJson.Settings) ?? []);
    }

    public Task SaveTariffsAsync(Tariffs tariffs, CancellationToken cancellationToken) =>
        storage.SetAsync(TariffKey, JsonConvert.SerializeObject(tariffs.Amounts, ModuleJson.Settings), cancellationToken);

    public async Task<Ticket> IssueAsync(string vehicleType, string plate, string location, string issuedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetLocalNow();
        var day = DayKey(DateOnly.FromDateTime(now.DateTime));
        var counter = await storage.GetAsync($"nomor:{day}", cancellationToken);
        var next = (counter is null ? 0 : int.Parse(counter, System.Globalization.CultureInfo.InvariantCulture)) + 1;
        await storage.SetAsync($"nomor:{day}", next.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

        var tariffs = await TariffsAsync(cancellationToken);
        var ticket = new Ticket($"{day}-{next:0000}", vehicleType, plate, location, tariffs.For(vehicleType), now, issuedBy);
        await storage.SetAsync($"karcis:{ticket.Number}", JsonConvert.SerializeObject(ticket, ModuleJson.Settings), cancellationToken);
        return ticket;
    }

    public async Task<Ticket?> FindAsync(string number, CancellationToken cancellationToken)
    {
        var json = await storage.GetAsync($"karcis:{number}", cancellationToken);
        return json is null ? null : JsonConvert.DeserializeObject<Ticket>(json, ModuleJson.Settings);
    }

    public async Task<DailyRecap> RecapAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var entries = await storage.ListAsync($"karcis:{DayKey(date)}-", cancellationToken);
        return DailyRecap.Of(date, entries.Select(e => JsonConvert.DeserializeObject<Ticket>(e.Value, ModuleJson.Settings)!));
    }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static string DayKey(DateOnly date) => date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
