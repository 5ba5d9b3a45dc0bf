using System.Globalization;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// The standard SPBE work plan a region gets when its request is approved: support agreement, servers and network,
/// staff and training, budget (the RKA/DPA cycle), data migration, integration, go-live and handover. Sizes come from
/// the application's declared needs and the expected number of users; dates count from the approval.
/// </summary>
public static class WorkPlanTemplate
{
    // The plan is written in Indonesian whatever language the approving admin reads the site in: "1.200", not "1,200".
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id");

    /// <summary>Servers the application needs for <paramref name="users"/> users (at least one), or null when it declares no size.</summary>
    public static int? ServersNeeded(InfrastructureNeeds needs, int users) =>
        needs.UsersPerServer is > 0 and var perServer ? Math.Max(1, (int)Math.Ceiling(users / (double)perServer)) : null;

    public static List<Milestone> Generate(SharedApp app, int expectedUsers, DateOnly approvedOn, string ownerName, string adopterName)
    {
        var needs = app.Requirements;
        var servers = ServersNeeded(needs, expectedUsers) ?? 1;
        var size = string.Join(", ", new[]
        {
            needs.CpuCores is { } cores ? $"{cores} core CPU" : null,
            needs.RamGb is { } ram ? $"{ram} GB RAM" : null,
            needs.StorageGb is { } disk ? $"{disk} GB penyimpanan" : null,
        }.Where(s => s is not null));
        var stack = string.Join(", ", new[] { app.OperatingSystem, app.DatabaseTech }.Concat(app.Languages).Where(s => !string.IsNullOrWhiteSpace(s)));
        var (rkaDue, budgetYear) = BudgetCycle(approvedOn);
        var team = $"Diskominfo {adopterName}";

        return Numbered(
        [
            Step(PlanArea.Dukungan, "Sepakati perjanjian dukungan",
                $"{ownerName} dan {adopterName} menyepakati siapa memelihara aplikasi, sampai kapan, dan kontak yang dihubungi.",
                $"{team} bersama {ownerName}", approvedOn.AddDays(14)),
            Step(PlanArea.Infrastruktur, size.Length > 0 ? $"Siapkan {servers} server ({size}) dan jaringan" : "Tentukan dan siapkan server serta jaringan",
                (size.Length > 0 ? $"Untuk {expectedUsers.ToString("N0", Indonesian)} pengguna. " : $"Kebutuhan server belum dinyatakan; tanyakan kepada {ownerName}. ")
                + (stack.Length > 0 ? $"Perangkat lunak: {stack}. " : "") + "Atau ajukan alokasi di Pusat Data Nasional.",
                team, approvedOn.AddDays(30)),
            Step(PlanArea.Sdm, "Tunjuk tim pengelola dan ikuti pelatihan",
                $"Administrator sistem, admin aplikasi dan operator OPD mengikuti pelatihan dari {ownerName}.",
                team, approvedOn.AddDays(45)),
            Step(PlanArea.Anggaran, $"Usulkan biaya operasional dalam RKA-SKPD TA {budgetYear}",
                "Hosting, pemeliharaan dan pelatihan lanjutan; tandai selesai bila anggaran berjalan sudah mencukupi.",
                $"{team} dan BPKAD", rkaDue),
            Step(PlanArea.Anggaran, $"Pastikan DPA TA {budgetYear} memuat kegiatan",
                "Periksa bahwa Dokumen Pelaksanaan Anggaran yang disahkan memuat biaya operasional aplikasi.",
                $"{team} dan BPKAD", new DateOnly(budgetYear, 1, 31)),
            Step(PlanArea.MigrasiData, "Migrasikan data dari sistem lama",
                "Petakan data lama ke struktur aplikasi, bersihkan, uji impor, lalu lakukan impor akhir.",
                team, approvedOn.AddDays(60)),
            Step(PlanArea.Integrasi, "Integrasikan dengan layanan yang ada",
                "Hubungkan dengan SSO, SPLP dan sistem lain yang dipakai (misalnya data kependudukan).",
                team, approvedOn.AddDays(75)),
            Step(PlanArea.GoLive, "Uji coba dan go-live",
                "Uji fungsi dan beban bersama pengguna, perbaiki temuan, lalu jalankan di produksi.",
                team, approvedOn.AddDays(90)),
            Step(PlanArea.SerahTerima, "Serah terima dan berita acara",
                $"Berita acara serah terima antara {ownerName} dan {adopterName}, dokumentasi operasional diserahkan.",
                $"{team} bersama {ownerName}", approvedOn.AddDays(105)),
        ]);
    }

    /// <summary>
    /// The next RKA-SKPD deadline (30 September, as budgets for the next year are drafted after the KUA-PPAS) and the
    /// budget year it feeds. After August the next drafting round is a year later.
    /// </summary>
    public static (DateOnly RkaDue, int BudgetYear) BudgetCycle(DateOnly approvedOn) =>
        approvedOn.Month <= 8
            ? (new DateOnly(approvedOn.Year, 9, 30), approvedOn.Year + 1)
            : (new DateOnly(approvedOn.Year + 1, 9, 30), approvedOn.Year + 2);

    private static Milestone Step(PlanArea area, string title, string detail, string responsible, DateOnly due) =>
        new() { Area = area, Title = title, Detail = detail, Responsible = responsible, DueDate = due };

    private static List<Milestone> Numbered(List<Milestone> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            steps[i].Order = i;
        }

        return steps;
    }
}
