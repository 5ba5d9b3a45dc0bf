using System.Globalization;
using Marketplace.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace Marketplace.Plugins.Parking;

/// <summary>
/// Parking retribution (retribusi parkir): tariffs per vehicle type set by the region's admin, tickets issued by staff,
/// and the daily recap per region that Palembang's Dishub wanted instead of paper tickets.
/// </summary>
public sealed class ParkingModule : IModule
{
    public void ConfigureServices(IServiceCollection services) => services.AddScoped<ParkingStore>();

    public async Task<ModuleResponse> HandleAsync(ModuleRequest request, CancellationToken cancellationToken)
    {
        var store = request.Services.GetRequiredService<ParkingStore>();
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (request.Method, segments) switch
        {
            ("GET", []) => ModuleResponse.Html("Retribusi Parkir", ParkingPages.Home(request, await store.TariffsAsync(cancellationToken), await store.RecapAsync(store.Today, cancellationToken))),
            ("POST", ["karcis"]) => await IssueAsync(request, store, cancellationToken),
            ("GET", ["karcis", var number]) => await store.FindAsync(number, cancellationToken) is { } ticket
                ? ModuleResponse.Html($"Karcis {ticket.Number}", ParkingPages.Ticket(request, ticket))
                : ModuleResponse.Status(404),
            ("GET", ["tarif"]) => ModuleResponse.Html("Tarif retribusi parkir", ParkingPages.TariffForm(request, await store.TariffsAsync(cancellationToken), null)),
            ("POST", ["tarif"]) => await SaveTariffsAsync(request, store, cancellationToken),
            ("GET", ["rekap"]) => await RecapAsync(request, store, json: false, cancellationToken),
            ("GET", ["rekap.json"]) => await RecapAsync(request, store, json: true, cancellationToken),
            ("GET", ["tentang.json"]) => ModuleResponse.Json(About()),
            _ => ModuleResponse.Status(404),
        };
    }

    public async Task<IReadOnlyList<DashboardWidget>> GetWidgetsAsync(ModuleContext context, CancellationToken cancellationToken)
    {
        var store = context.Services.GetRequiredService<ParkingStore>();
        var recap = await store.RecapAsync(store.Today, cancellationToken);
        return [new DashboardWidget("Retribusi parkir hari ini", ParkingPages.RecapSummary(recap), "rekap")];
    }

    /// <summary>The module's version and the Newtonsoft.Json it runs with: the isolation test reads it.</summary>
    public static string About() => JsonConvert.SerializeObject(new
    {
        module = "parkir-retribusi",
        newtonsoft = typeof(JsonConvert).Assembly.GetName().Version?.ToString(),
        newtonsoftFile = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyFileVersionAttribute>(typeof(JsonConvert).Assembly)?.Version,
    }, ModuleJson.Settings);

    private static async Task<ModuleResponse> IssueAsync(ModuleRequest request, ParkingStore store, CancellationToken cancellationToken)
    {
        var vehicle = request.Form.GetValueOrDefault("jenis") ?? "";
        var plate = (request.Form.GetValueOrDefault("nopol") ?? "").Trim().ToUpperInvariant();
        var location = (request.Form.GetValueOrDefault("lokasi") ?? "").Trim();
        var errors = new List<string>();
        if (!Tariffs.VehicleTypes.Contains(vehicle))
        {
            errors.Add("Pilih jenis kendaraan.");
        }

        if (plate.Length is < 3 or > 12)
        {
            errors.Add("Nomor polisi harus 3 sampai 12 karakter, misalnya BG 1234 AB.");
        }

        if (location.Length is < 2 or > 100)
        {
            errors.Add("Isi titik parkir (2 sampai 100 karakter).");
        }

        if (errors.Count > 0)
        {
            var page = ParkingPages.Home(request, await store.TariffsAsync(cancellationToken), await store.RecapAsync(store.Today, cancellationToken), errors);
            return ModuleResponse.Html("Retribusi Parkir", page, 400);
        }

        var ticket = await store.IssueAsync(vehicle, plate, location, request.UserName, cancellationToken);
        request.Services.GetRequiredService<ILogger<ParkingModule>>().LogInformation("Karcis {Number} diterbitkan di {Region}", ticket.Number, request.RegionCode);
        return ModuleResponse.Redirect($"karcis/{ticket.Number}");
    }

    private static async Task<ModuleResponse> SaveTariffsAsync(ModuleRequest request, ParkingStore store, CancellationToken cancellationToken)
    {
        if (!request.IsRegionAdmin)
        {
            return ModuleResponse.Status(403);
        }

        var amounts = new Dictionary<string, long>();
        var errors = new List<string>();
        foreach (var type in Tariffs.VehicleTypes)
        {
            if (Tariffs.TryParseRupiah(request.Form.GetValueOrDefault("tarif-" + ParkingPages.FieldName(type)), out var amount))
            {
                amounts[type] = amount;
            }
            else
            {
                errors.Add($"Tarif {type} harus berupa rupiah bulat, paling banyak Rp 10.000.000.");
            }
        }

        if (errors.Count > 0)
        {
            return ModuleResponse.Html("Tarif retribusi parkir", ParkingPages.TariffForm(request, await store.TariffsAsync(cancellationToken), errors), 400);
        }

        await store.SaveTariffsAsync(new Tariffs(amounts), cancellationToken);
        return ModuleResponse.Redirect("tarif");
    }

    private static async Task<ModuleResponse> RecapAsync(ModuleRequest request, ParkingStore store, bool json, CancellationToken cancellationToken)
    {
        var date = DateOnly.TryParseExact(request.Query.GetValueOrDefault("tanggal"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var given)
            ? given
            : store.Today;
        var recap = await store.RecapAsync(date, cancellationToken);
        return json
            ? ModuleResponse.Json(JsonConvert.SerializeObject(new { region = request.RegionCode, date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), count = recap.Count, amount = recap.Amount, lines = recap.Lines }, ModuleJson.Settings))
            : ModuleResponse.Html($"Rekap harian {date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"))}", ParkingPages.Recap(request, recap));
    }
}
