using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Demo;

internal static partial class DemoCatalogApps
{
    private const string Palembang_ = "Diskominfo Kota Palembang";
    private const string Singkawang_ = "Diskominfo Kota Singkawang";
    private const string Kominfo_ = "Direktorat Layanan Aplikasi Informatika Pemerintahan, Kemenkominfo";

    private static IEnumerable<DemoSample> Palembang() =>
    [
        Sample(new AppInput
        {
            Slug = "e-parkir-palembang", Name = "e-Parkir Palembang", OwnerRegionCode = "16.71",
            Summary = "Retribusi parkir tepi jalan non-tunai: juru parkir dan petugas tidak lagi bertemu dalam setoran PAD.",
            Description = """
                **e-Parkir** mencatat setiap transaksi parkir dan menyetorkannya langsung ke kas daerah, sehingga pendapatan asli
                daerah dari parkir dapat diawasi. Lokasi parkir dipantau bersama CCTV Dinas Perhubungan.

                - Pembayaran QRIS dan kartu uang elektronik
                - Aplikasi Android untuk juru parkir
                - Dasbor pendapatan per titik parkir
                """,
            SpbeClass = SpbeClass.Khusus, ServiceDomain = "Layanan Publik",
            Categories = "mobile-payment, billing-and-invoicing, payment-gateway",
            License = "Apache-2.0", Maturity = Maturity.Beta,
            RepositoryUrl = "https://git.palembang.go.id/diskominfo/e-parkir",
            Languages = "Go, JavaScript", DatabaseTech = "PostgreSQL", Platforms = "web, android", SoftwareType = "standalone/mobile",
            CpuCores = 4, RamGb = 8, StorageGb = 200, UsersPerServer = 1500,
            Contacts = [Contact("Muhammad Rizki", "diskominfo@palembang.go.id", Palembang_), Contact("Yusuf Hidayat", "yusuf.hidayat@palembang.go.id", Palembang_)],
        },
        ("0.5.0", "2019-07-01", "Uji coba di 13 titik parkir."),
        ("1.0.0", "2020-02-03", "Pembayaran QRIS; setoran langsung ke kas daerah.")),

        Sample(new AppInput
        {
            Slug = "e-budgeting-palembang", Name = "e-Budgeting Palembang", OwnerRegionCode = "16.71",
            Summary = "Penyusunan anggaran OPD yang terkunci setelah disahkan dan tersambung ke BPKAD dan Bapenda.",
            Description = """
                Anggaran disusun OPD, diverifikasi TAPD dan dikunci setelah disahkan, sehingga tidak dapat diubah di luar prosedur.

                - Rencana kerja dan anggaran per OPD
                - Verifikasi TAPD dan riwayat perubahan
                - Ekspor ke SIPD
                """,
            SpbeClass = SpbeClass.Umum, ServiceDomain = "Administrasi Pemerintahan",
            Categories = "budgeting, accounting, financial-reporting",
            License = "GPL-3.0-or-later", Maturity = Maturity.Stable,
            RepositoryUrl = "https://git.palembang.go.id/bpkad/e-budgeting",
            Languages = "PHP", DatabaseTech = "MySQL",
            CpuCores = 4, RamGb = 16, StorageGb = 200, UsersPerServer = 800,
            Contacts = [Contact("Muhammad Rizki", "diskominfo@palembang.go.id", "BPKAD Kota Palembang")],
        },
        ("1.0.0", "2019-04-15", "Rencana kerja dan anggaran; verifikasi TAPD."),
        ("1.1.0", "2019-10-01", "Ekspor ke SIPD.")),

        Sample(new AppInput
        {
            Slug = "command-center-palembang", Name = "Command Center Palembang", OwnerRegionCode = "16.71",
            Summary = "Dasbor kota: CCTV lalu lintas Dinas Perhubungan, pengaduan dan data layanan OPD di satu layar.",
            Description = """
                Menyatukan tayangan CCTV di jalan-jalan utama dengan data layanan OPD, kecamatan dan kelurahan untuk pimpinan daerah.

                - Tayangan CCTV dan rekaman kejadian
                - Peta sebaran pengaduan
                - Indikator layanan per OPD
                """,
            SpbeClass = SpbeClass.Khusus, ServiceDomain = "Layanan Publik",
            Categories = "data-visualization, business-intelligence, geographic-information-systems",
            License = "MIT", Maturity = Maturity.Development,
            RepositoryUrl = "https://git.palembang.go.id/diskominfo/command-center",
            Languages = "JavaScript, Python", DatabaseTech = "PostgreSQL",
            CpuCores = 8, RamGb = 32, StorageGb = 4000, UsersPerServer = 200,
            Contacts = [Contact("Yusuf Hidayat", "yusuf.hidayat@palembang.go.id", Palembang_)],
        },
        ("0.1.0", "2020-06-08", "Tayangan CCTV dan peta pengaduan.")),
    ];

    private static IEnumerable<DemoSample> Singkawang() =>
    [
        Sample(new AppInput
        {
            Slug = "e-presensi-singkawang", Name = "e-Presensi Singkawang", OwnerRegionCode = "61.72",
            Summary = "Kehadiran pegawai dengan lokasi dan swafoto dari ponsel, rekap otomatis untuk tunjangan kinerja.",
            Description = """
                Dibangun dengan anggaran kecil di atas server Diskominfo; terbuka untuk dipakai ulang daerah lain.

                - Presensi dengan lokasi dan swafoto
                - Izin, cuti dan dinas luar
                - Rekap bulanan untuk tunjangan kinerja
                """,
            SpbeClass = SpbeClass.Umum, ServiceDomain = "Administrasi Pemerintahan",
            Categories = "time-tracking, hr",
            License = "MIT", Maturity = Maturity.Stable,
            RepositoryUrl = "https://git.singkawangkota.go.id/diskominfo/e-presensi",
            Languages = "PHP, JavaScript", DatabaseTech = "MySQL", Platforms = "web, android",
            CpuCores = 2, RamGb = 4, StorageGb = 100, UsersPerServer = 3000,
            Contacts = [Contact("Hendra Wijaya", "diskominfo@singkawangkota.go.id", Singkawang_)],
        },
        ("1.0.0", "2017-01-09", "Presensi dengan lokasi."),
        ("1.1.0", "2018-03-12", "Swafoto dan izin dinas luar."),
        ("1.1.1", "2018-04-02", "Perbaikan zona waktu WIB pada rekap.")),

        Sample(new AppInput
        {
            Slug = "simpeg-singkawang", Name = "SIMPEG Singkawang", OwnerRegionCode = "61.72",
            Summary = "Sistem informasi kepegawaian: data ASN, riwayat jabatan dan pangkat, usulan kenaikan pangkat.",
            Description = """
                Data kepegawaian Pemerintah Kota Singkawang dalam satu tempat, tersambung ke e-Presensi.

                - Riwayat jabatan, pangkat dan pendidikan
                - Usulan kenaikan pangkat dan pensiun
                - Statistik pegawai per OPD
                """,
            SpbeClass = SpbeClass.Umum, ServiceDomain = "Administrasi Pemerintahan",
            Categories = "hr, employee-management",
            License = "EUPL-1.2", Maturity = Maturity.Beta,
            RepositoryUrl = "https://git.singkawangkota.go.id/bkpsdm/simpeg",
            Languages = "PHP", DatabaseTech = "MariaDB",
            CpuCores = 2, RamGb = 8, StorageGb = 100, UsersPerServer = 2000,
            Contacts = [Contact("Lina Marlina", "lina.marlina@singkawangkota.go.id", "BKPSDM Kota Singkawang")],
        },
        ("0.8.0", "2019-09-23", "Data pegawai dan riwayat jabatan.")),
    ];

    private static IEnumerable<DemoSample> Kominfo() =>
    [
        Sample(new AppInput
        {
            Slug = "splp", Name = "SPLP (Sistem Penghubung Layanan Pemerintah)", OwnerRegionCode = "00.01",
            Summary = "Gerbang API antarinstansi: pusat dan daerah bertukar data lewat layanan yang terdaftar dan diamankan.",
            Description = """
                Pelaksanaan Perpres 95 Tahun 2018 tentang SPBE: instansi pusat dan pemerintah daerah berbagi data lewat API yang
                terdaftar, dengan kunci akses dan pencatatan pemakaian.

                - Katalog API antarinstansi
                - Kunci akses dan pembatasan laju
                - Log pemakaian untuk audit
                """,
            SpbeClass = SpbeClass.Umum, ServiceDomain = "Administrasi Pemerintahan",
            Categories = "it-management, it-security, cloud-management",
            License = "Apache-2.0", Maturity = Maturity.Stable, SoftwareType = "standalone/backend",
            RepositoryUrl = "https://git.kominfo.go.id/aptika/splp",
            Languages = "Java", DatabaseTech = "PostgreSQL", Platforms = "linux",
            CpuCores = 8, RamGb = 16, StorageGb = 200, UsersPerServer = 500,
            Contacts = [Contact("Rina Kurniasih", "kurator@kominfo.go.id", Kominfo_)],
        },
        ("1.0.0", "2019-03-20", "Katalog API dan kunci akses."),
        ("1.2.0", "2020-07-06", "Pembatasan laju per instansi."),
        ("2.0.0", "2021-05-10", "Log pemakaian untuk audit; dukungan OAuth 2.0.")),

        Sample(new AppInput
        {
            Slug = "pemantauan-jaringan-intra-pemerintah", Name = "Pemantauan Jaringan Intra Pemerintah", OwnerRegionCode = "00.01",
            Summary = "Pemantauan ketersediaan dan keamanan Jaringan Intra Pemerintah bagi Diskominfo provinsi dan kabupaten/kota.",
            Description = """
                Disusun untuk bimbingan teknis Satu Data dan Keamanan Jaringan Intra Pemerintah: setiap Diskominfo melihat
                ketersediaan tautan dan peringatan keamanan jaringannya sendiri.

                - Ketersediaan tautan dan latensi
                - Peringatan keamanan
                - Laporan bulanan per daerah
                """,
            SpbeClass = SpbeClass.Umum, ServiceDomain = "Administrasi Pemerintahan",
            Categories = "network-management, it-security",
            License = "AGPL-3.0-or-later", Maturity = Maturity.Beta, SoftwareType = "standalone/backend",
            RepositoryUrl = "https://git.kominfo.go.id/aptika/pantau-jip",
            Languages = "Go", DatabaseTech = "PostgreSQL", Platforms = "linux",
            CpuCores = 4, RamGb = 8, StorageGb = 500, UsersPerServer = 600,
            Contacts = [Contact("Arief Setiawan", "admin@kominfo.go.id", Kominfo_)],
        },
        ("0.3.0", "2019-03-21", "Ketersediaan tautan dan latensi."),
        ("0.4.0", "2019-10-28", "Peringatan keamanan dan laporan bulanan.")),
    ];
}
