using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Capacity;

namespace Marketplace.Web.Features.Demo;

internal sealed record DemoReview(int Rating, string Body, string? Reply);

/// <summary>One sample adoption: who adopts what, when it was asked, and the moves it made since (days after the previous one).</summary>
internal sealed record DemoAdoption(string Slug, string Adopter, int DaysAgo, int Users, string Reason, (AdoptionState To, int AfterDays, string? Reason)[] Path, DemoReview? Review = null);

/// <summary>The demo's adoption story, drawn from the seed articles (data contoh).</summary>
internal static class DemoAdoptionData
{
    private static readonly (AdoptionState, int, string?)[] _running =
        [(AdoptionState.Disetujui, 5, null), (AdoptionState.Perencanaan, 3, null), (AdoptionState.Berjalan, 110, null)];

    /// <summary>What building each application cost its owner (rupiah, data contoh).</summary>
    public static readonly IReadOnlyList<(string Slug, long Cost)> BuildCosts =
    [
        ("e-parkir-palembang", 1_250_000_000),
        ("e-budgeting-palembang", 2_100_000_000),
        ("command-center-palembang", 4_800_000_000),
        ("e-kinerja-jawa-tengah", 950_000_000),
        ("e-office-jawa-tengah", 1_400_000_000),
        ("grms-jawa-tengah", 3_200_000_000),
        ("satu-data-kota-semarang", 780_000_000),
        ("layanan-pengaduan-kota-semarang", 450_000_000),
        ("e-presensi-singkawang", 300_000_000),
        ("simpeg-singkawang", 650_000_000),
    ];

    public static readonly IReadOnlyList<DemoAdoption> Adoptions =
    [
        new("e-parkir-palembang", "33.74", 420, 2500, "Retribusi parkir tepi jalan kami masih tunai dan bocor; e-Parkir sudah terbukti di Palembang.", _running,
            new(4, "Setoran parkir kini tercatat per titik. Aplikasi juru parkir perlu sinyal yang stabil; di pinggir kota kami menambah titik akses.", "Terima kasih. Versi 1.1 menyimpan transaksi saat sinyal putus dan mengirimnya kemudian.")),
        new("e-kinerja-jawa-tengah", "16.71", 380, 9000, "Penilaian kinerja ASN masih manual di 49 OPD.", _running,
            new(5, "Sembilan ribu ASN memakai e-Kinerja tiap hari. Pelatihan dari BKD Jawa Tengah sangat membantu operator OPD.", null)),
        new("e-kinerja-jawa-tengah", "33.72", 300, 6000, "Menyamakan penilaian kinerja dengan provinsi.", _running),
        new("e-kinerja-jawa-tengah", "33.02", 260, 7000, "Menggantikan aplikasi lama yang tidak lagi dipelihara.", _running),
        new("e-office-jawa-tengah", "34.04", 340, 3000, "Naskah dinas elektronik dengan TTE BSrE.", _running,
            new(4, "Surat keluar kini bertanda tangan elektronik. Integrasi BSrE perlu sertifikat per pejabat; siapkan sejak awal.", "Panduan pendaftaran sertifikat BSrE sudah kami tambahkan di dokumentasi.")),
        new("e-office-jawa-tengah", "61.72", 120, 1200, "Singkawang belum memiliki tata naskah dinas elektronik.",
            [(AdoptionState.Disetujui, 4, null), (AdoptionState.Perencanaan, 6, null)]),
        new("splp", "33", 500, 500, "Menghubungkan layanan provinsi melalui SPLP nasional.", _running,
            new(5, "Pertukaran data antar-OPD melalui SPLP berjalan stabil.", null)),
        new("splp", "73.71", 330, 400, "Integrasi layanan perizinan dan kependudukan.", _running),
        new("splp", "51.71", 280, 300, "Interoperabilitas dengan layanan provinsi Bali.", _running),
        new("splp", "35.78", 250, 800, "Satu pintu pertukaran data Kota Surabaya.", _running),
        new("grms-jawa-tengah", "32.73", 310, 1500, "Pemantauan realisasi anggaran per kegiatan.", _running),
        new("command-center-palembang", "16.10", 200, 150, "Pusat pemantauan kota untuk kabupaten tetangga.", _running),
        new("layanan-pengaduan-kota-semarang", "12.71", 240, 600, "Kanal pengaduan warga yang terhubung ke SP4N-LAPOR!.", _running),
        new("layanan-pengaduan-kota-semarang", "61.71", 90, 400, "Pengaduan warga masih lewat media sosial.",
            [(AdoptionState.Disetujui, 3, null)]),
        new("satu-data-kota-semarang", "16.71", 20, 2000, "Portal Satu Data untuk 49 OPD Palembang.", []),
        new("satu-data-kota-semarang", "64.72", 150, 500, "Portal data terbuka kota.",
            [(AdoptionState.Ditolak, 7, "Versi saat ini belum mendukung banyak instansi; silakan ajukan lagi setelah rilis 3.0.")]),
        new("e-presensi-singkawang", "33.74", 200, 800, "Presensi berbasis lokasi untuk pegawai lapangan.",
            [(AdoptionState.Disetujui, 5, null), (AdoptionState.Dihentikan, 40, "Kami memilih memperluas e-Kinerja Jawa Tengah yang sudah memuat presensi.")]),
    ];

    /// <summary>Declared infrastructure: Palembang's two servers shared by 49 agencies, as in the seed articles.</summary>
    public static IEnumerable<RegionInfrastructure> Infrastructure(DateTimeOffset now) =>
    [
        new()
        {
            RegionCode = "16.71", Hosting = HostingMode.ServerSendiri, UpdatedAt = now, UpdatedByName = "Muhammad Rizki",
            Notes = "Dua server melayani 49 OPD; pengadaan server ketiga diusulkan pada RKA tahun depan.",
            Servers =
            [
                new() { RegionCode = "16.71", Name = "srv-app-01", CpuCores = 16, RamGb = 64, StorageGb = 2000, UsedCpuCores = 12, UsedRamGb = 52, UsedStorageGb = 1500, Workloads = "e-Budgeting, e-Kinerja, website OPD", Order = 0 },
                new() { RegionCode = "16.71", Name = "srv-app-02", CpuCores = 16, RamGb = 64, StorageGb = 2000, UsedCpuCores = 10, UsedRamGb = 48, UsedStorageGb = 1200, Workloads = "e-Parkir, Command Center", Order = 1 },
            ],
        },
        new()
        {
            RegionCode = "61.72", Hosting = HostingMode.Campuran, UpdatedAt = now, UpdatedByName = "Hendra Wijaya",
            Notes = "Satu server di ruang server Diskominfo; layanan baru diarahkan ke Pusat Data Nasional.",
            Servers =
            [
                new() { RegionCode = "61.72", Name = "server-diskominfo", CpuCores = 8, RamGb = 32, StorageGb = 1000, UsedCpuCores = 4, UsedRamGb = 16, UsedStorageGb = 400, Workloads = "SIMPEG, e-Presensi", Order = 0 },
            ],
        },
        new()
        {
            RegionCode = "33.74", Hosting = HostingMode.ServerSendiri, UpdatedAt = now, UpdatedByName = "Bambang Prasetyo",
            Notes = "Pusat data kota dengan virtualisasi.",
            Servers =
            [
                new() { RegionCode = "33.74", Name = "vm-cluster-a", CpuCores = 64, RamGb = 256, StorageGb = 20000, UsedCpuCores = 30, UsedRamGb = 120, UsedStorageGb = 9000, Workloads = "Satu Data, Layanan Pengaduan, e-Parkir", Order = 0 },
            ],
        },
    ];
}
