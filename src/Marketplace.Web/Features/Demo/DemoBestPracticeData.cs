using Marketplace.Web.Features.BestPractices;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Demo;

/// <summary>The demo's Praktik Baik articles and curations (see <see cref="DemoBestPractices"/>).</summary>
internal static class DemoBestPracticeData
{
    public sealed record Article(string Slug, string Title, string Summary, string Body, bool Featured, int DaysAgo, string[] Apps, string[] Regions);

    public static readonly IReadOnlyList<Article> Articles =
    [
        new(
            "grms-dan-e-kinerja-jawa-tengah",
            "GRMS dan e-Kinerja Jawa Tengah: anggaran dan kinerja dalam satu alur",
            "Bagaimana Pemerintah Provinsi Jawa Tengah menghubungkan perencanaan anggaran dengan kinerja pegawai, dan apa yang perlu disiapkan daerah lain sebelum mengadopsinya.",
            """
            Pemerintah Provinsi Jawa Tengah membangun **GRMS** (*Government Resources Management System*) untuk menyatukan perencanaan, penganggaran, dan pelaporan. **e-Kinerja** memakai data yang sama: target kinerja pegawai diturunkan dari kegiatan yang dianggarkan, sehingga laporan kinerja dan realisasi anggaran tidak lagi disusun dua kali.

            # Yang membuatnya berhasil

            - Satu basis data kegiatan untuk perencanaan, anggaran, dan kinerja.
            - Kode sumber terbuka dan dokumentasi instalasi dalam Bahasa Indonesia.
            - Pendampingan dari Diskominfo provinsi untuk kabupaten/kota yang mengadopsi.

            # Sebelum mengadopsi

            1. Petakan kodefikasi kegiatan daerah Anda ke struktur GRMS.
            2. Siapkan server sesuai kebutuhan di halaman aplikasi (lihat laporan kapasitas).
            3. Tetapkan admin di setiap OPD sebelum migrasi data.

            Lihat juga [katalog GRMS](/katalog/grms-jawa-tengah) dan [e-Kinerja](/katalog/e-kinerja-jawa-tengah).
            """,
            Featured: true,
            DaysAgo: 12,
            ["grms-jawa-tengah", "e-kinerja-jawa-tengah"],
            ["33", "33.74"]),
        new(
            "e-parkir-palembang-retribusi-nontunai",
            "e-Parkir Palembang: retribusi parkir nontunai yang tercatat",
            "Kota Palembang mengganti karcis kertas dengan pembayaran nontunai dan laporan harian per juru parkir; pendapatan retribusi menjadi terukur.",
            """
            Sebelum **e-Parkir**, setoran retribusi parkir di Kota Palembang sulit dicocokkan dengan jumlah kendaraan. Kini juru parkir mencatat transaksi di ponsel, warga membayar dengan QRIS, dan Dinas Perhubungan melihat rekap harian per titik parkir.

            # Hasil

            - Setoran tercatat per transaksi, bukan per perkiraan.
            - Titik parkir dengan setoran tidak wajar terlihat dalam laporan mingguan.

            # Pelajaran untuk daerah lain

            Mulailah dari beberapa titik parkir yang ramai, latih juru parkir lebih dahulu, dan sepakati alur setoran dengan bank daerah sebelum perluasan.
            """,
            Featured: false,
            DaysAgo: 30,
            ["e-parkir-palembang"],
            ["16.71"]),
    ];

    /// <summary>Which applications the demo Kurator marked; a negative month count leaves a review overdue.</summary>
    public static readonly IReadOnlyList<(string Slug, CurationState State, CurationCriterion[] Criteria, int MonthsToReview)> Curations =
    [
        ("grms-jawa-tengah", CurationState.PraktikBaik, [.. CurationCriteria.RequiredForPraktikBaik, CurationCriterion.ActiveMaintenance, CurationCriterion.Interoperability], 12),
        ("e-parkir-palembang", CurationState.Verified, [CurationCriterion.OpenLicence, CurationCriterion.SourceReachable, CurationCriterion.Documentation], 6),
        ("e-kinerja-jawa-tengah", CurationState.Verified, [CurationCriterion.OpenLicence, CurationCriterion.RunningInTwoRegions], -1),
    ];
}
