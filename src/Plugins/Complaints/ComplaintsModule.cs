using Marketplace.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace Marketplace.Plugins.Complaints;

/// <summary>
/// Public complaints (pengaduan warga): anyone signed in submits a complaint and gets a tracking code; the region's
/// admin answers and moves it through Diterima, Diproses, Selesai.
/// </summary>
public sealed class ComplaintsModule : IModule
{
    public void ConfigureServices(IServiceCollection services) => services.AddScoped<ComplaintStore>();

    public async Task<ModuleResponse> HandleAsync(ModuleRequest request, CancellationToken cancellationToken)
    {
        var store = request.Services.GetRequiredService<ComplaintStore>();
        var days = TargetDays(request.Services.GetRequiredService<IModuleSettings>());
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (request.Method, segments) switch
        {
            ("GET", []) => ModuleResponse.Html("Pengaduan Warga", ComplaintPages.Home(request, days, request.IsRegionAdmin ? await store.OpenAsync(cancellationToken) : null, null)),
            ("POST", ["kirim"]) => await SubmitAsync(request, store, days, cancellationToken),
            ("GET", ["lacak"]) => TrackingCode.Normalize(request.Query.GetValueOrDefault("kode")) is { } code
                ? ModuleResponse.Redirect("lacak/" + code)
                : ModuleResponse.Html("Pengaduan Warga", ComplaintPages.Home(request, days, null, ["Kode pelacakan tidak dikenal. Kode berbentuk ADU- dan enam huruf atau angka."]), 400),
            ("GET", ["lacak", var code]) => await store.FindAsync(code, cancellationToken) is { } found
                ? ModuleResponse.Html($"Pengaduan {found.Code}", ComplaintPages.Track(request, found, null))
                : ModuleResponse.Html("Pengaduan tidak ditemukan", "<p>Tidak ada pengaduan dengan kode itu di wilayah Anda.</p>", 404),
            ("POST", ["lacak", var code, "jawab"]) => await AnswerAsync(request, store, code, cancellationToken),
            ("GET", ["terbuka.json"]) => request.IsRegionAdmin
                ? ModuleResponse.Json(JsonConvert.SerializeObject(await store.OpenAsync(cancellationToken), ModuleJson.Settings))
                : ModuleResponse.Status(403),
            ("GET", ["tentang.json"]) => ModuleResponse.Json(About()),
            _ => ModuleResponse.Status(404),
        };
    }

    public async Task<IReadOnlyList<DashboardWidget>> GetWidgetsAsync(ModuleContext context, CancellationToken cancellationToken)
    {
        var open = await context.Services.GetRequiredService<ComplaintStore>().OpenAsync(cancellationToken);
        return [new DashboardWidget("Pengaduan terbuka", $"<p>{open.Count} pengaduan menunggu jawaban.</p>")];
    }

    /// <summary>The module and the Newtonsoft.Json it runs with: the isolation test reads it.</summary>
    public static string About() => JsonConvert.SerializeObject(new
    {
        module = "pengaduan-warga",
        newtonsoft = typeof(JsonConvert).Assembly.GetName().Version?.ToString(),
        newtonsoftFile = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyFileVersionAttribute>(typeof(JsonConvert).Assembly)?.Version,
    }, ModuleJson.Settings);

    /// <summary>The answer time the region promises (setting <c>targetHari</c>, 1 to 60 days, else 5).</summary>
    public static int TargetDays(IModuleSettings settings) =>
        int.TryParse(settings.Get("targetHari"), System.Globalization.CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 60 ? days : 5;

    private static async Task<ModuleResponse> SubmitAsync(ModuleRequest request, ComplaintStore store, int days, CancellationToken cancellationToken)
    {
        var category = request.Form.GetValueOrDefault("kategori") ?? "";
        var title = (request.Form.GetValueOrDefault("judul") ?? "").Trim();
        var text = (request.Form.GetValueOrDefault("isi") ?? "").Trim();
        var errors = new List<string>();
        if (!Complaint.Categories.Contains(category))
        {
            errors.Add("Pilih kategori pengaduan.");
        }

        if (title.Length is < 5 or > 120)
        {
            errors.Add("Judul harus 5 sampai 120 karakter.");
        }

        if (text.Length is < 20 or > 4000)
        {
            errors.Add("Uraian pengaduan harus 20 sampai 4.000 karakter.");
        }

        if (errors.Count > 0)
        {
            return ModuleResponse.Html("Pengaduan Warga", ComplaintPages.Home(request, days, null, errors), 400);
        }

        var complaint = await store.SubmitAsync(category, title, text, request.UserName, cancellationToken);
        return ModuleResponse.Redirect("lacak/" + complaint.Code);
    }

    private static async Task<ModuleResponse> AnswerAsync(ModuleRequest request, ComplaintStore store, string code, CancellationToken cancellationToken)
    {
        if (!request.IsRegionAdmin)
        {
            return ModuleResponse.Status(403);
        }

        var text = (request.Form.GetValueOrDefault("jawaban") ?? "").Trim();
        var status = request.Form.GetValueOrDefault("status") ?? "";
        var complaint = await store.FindAsync(code, cancellationToken);
        if (complaint is null)
        {
            return ModuleResponse.Status(404);
        }

        if (text.Length is < 5 or > 4000 || !ComplaintStatus.All.Contains(status))
        {
            return ModuleResponse.Html($"Pengaduan {complaint.Code}", ComplaintPages.Track(request, complaint, ["Tulis jawaban (5 sampai 4.000 karakter) dan pilih status."]), 400);
        }

        await store.AnswerAsync(code, text, status, request.UserName, cancellationToken);
        return ModuleResponse.Redirect("lacak/" + code);
    }
}
