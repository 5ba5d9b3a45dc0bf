using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Demo;

internal static partial class DemoCatalogApps
{
    private const string Jateng = "Diskominfo Provinsi Jawa Tengah";
    private const string Semarang_ = "Diskominfo Kota Semarang";

    private static IEnumerable<DemoSample> JawaTengah() =>
    [
        Sample(new AppInput
        {
            Slug = "grms-jawa-tengah", Name = "GRMS Jawa Tengah", OwnerRegionCode = "33",
            Summary = "Government Resources Management System: perencanaan, penganggaran, pengadaan dan kinerja OPD dalam satu sistem.",
            Description = """
                **GRMS** (*Government Resources Management System*) menghimpun sumber daya Pemerintah Provinsi Jawa Tengah dalam satu sistem,
                langkah menuju *smart province*: integrasi data, integrasi aplikasi dan integrasi infrastruktur.

                ## Modul
                - Perencanaan dan penganggaran (e-planning, e-budgeting)
                - Pengadaan barang dan jasa (e-procurement)
                - Pemantauan realisasi dan kinerja OPD

                Kabupaten/kota dapat memakai ulang modulnya dan menyambungkan datanya ke provinsi.
                """,
            SpbeClass = SpbeClass.Umum, ServiceDomain = "Administrasi Pemerintahan",
            Categories = "budgeting, procurement, financial-reporting, business-intelligence",
            License = "GPL-3.0-or-later", Maturity = Maturity.Stable,
            RepositoryUrl = "https://git.jatengprov.go.id/diskominfo/grms", LandingUrl = "https://grms.jatengprov.go.id",
            Languages = "PHP, JavaScript", DatabaseTech = "PostgreSQL",
            CpuCores = 8, RamGb = 32, StorageGb = 500, UsersPerServer = 5000,
            Contacts = [Contact("Sri Wahyuni", "diskominfo@jatengprov.go.id", Jateng), Contact("Agus Santoso", "agus.santoso@jatengprov.go.id", Jateng)],
        },
        ("1.0.0", "2017-02-10", "Rilis pertama: perencanaan, penganggaran dan pengadaan."),
        ("1.4.0", "2018-06-04", "Modul pemantauan realisasi fisik dan keuangan."),
        ("2.0.0", "2020-01-20", "Integrasi dengan e-Kinerja dan SSO; API untuk kabupaten/kota.")),

        Sample(new AppInput
        {
            Slug = "e-kinerja-jawa-tengah", Name = "e-Kinerja Jawa Tengah", OwnerRegionCode = "33",
            Summary = "Pencatatan aktivitas harian dan penilaian SKP aparatur sipil negara, dikembangkan BKD Provinsi Jawa Tengah.",
            Description = """
                **e-Kinerja** mencatat aktivitas harian ASN, menyusun Sasaran Kinerja Pegawai (SKP) dan menghitung capaian untuk
                tambahan penghasilan pegawai. Datanya dimasukkan ke GRMS.

                ## Fitur
                - Aktivitas harian dengan persetujuan atasan langsung
                - SKP tahunan dan penilaian perilaku kerja
                - Rekap capaian per OPD
                """,
            SpbeClass = SpbeClass.Umum, ServiceDomain = "Administrasi Pemerintahan",
            Categories = "hr, employee-management, time-tracking",
            License = "GPL-3.0-or-later", Maturity = Maturity.Stable,
            RepositoryUrl = "https://git.jatengprov.go.id/bkd/e-kinerja",
            Languages = "PHP", DatabaseTech = "MySQL", Platforms = "web, android",
            CpuCores = 4, RamGb = 16, StorageGb = 200, UsersPerServer = 3000,
            Contacts = [Contact("Agus Santoso", "agus.santoso@jatengprov.go.id", "BKD Provinsi Jawa Tengah")],
        },
        ("1.0.0", "2017-03-01", "Aktivitas harian dan SKP."),
        ("1.2.0", "2019-01-07", "Aplikasi Android untuk mencatat aktivitas di lapangan.")),

        Sample(new AppInput
        {
            Slug = "e-office-jawa-tengah", Name = "e-Office Jawa Tengah", OwnerRegionCode = "33",
            Summary = "Naskah dinas elektronik: surat masuk dan keluar, disposisi berjenjang, tanda tangan elektronik dan arsip.",
            Description = """
                **e-Office** menggantikan surat kertas di lingkungan Pemprov Jawa Tengah. Keamanan informasi dijaga sejak awal:
                tanda tangan elektronik tersertifikasi dan jejak audit setiap disposisi.

                ## Fitur
                - Registrasi surat masuk dan keluar
                - Disposisi berjenjang dengan notifikasi
                - Tanda tangan elektronik dan arsip digital
                """,
            SpbeClass = SpbeClass.Umum, ServiceDomain = "Administrasi Pemerintahan",
            Categories = "document-management, workflow-management, e-signature",
            License = "AGPL-3.0-or-later", Maturity = Maturity.Beta,
            RepositoryUrl = "https://git.jatengprov.go.id/diskominfo/e-office",
            Languages = "Java, JavaScript", DatabaseTech = "PostgreSQL", OperatingSystem = "Rocky Linux 9",
            CpuCores = 4, RamGb = 16, StorageGb = 1000, UsersPerServer = 2000,
            Contacts = [Contact("Sri Wahyuni", "diskominfo@jatengprov.go.id", Jateng)],
        },
        ("0.9.0", "2020-01-20", "Uji coba di Diskominfo dan Sekretariat Daerah."),
        ("1.0.0-rc.1", "2020-09-14", "Tanda tangan elektronik.")),
    ];

    private static IEnumerable<DemoSample> Semarang() =>
    [
        Sample(new AppInput
        {
            Slug = "satu-data-kota-semarang", Name = "Satu Data Kota Semarang", OwnerRegionCode = "33.74",
            Summary = "Portal data sektoral Kota Semarang: katalog dataset OPD, metadata baku dan visualisasi.",
            Description = """
                Portal **Satu Data** menghimpun data sektoral dari OPD Kota Semarang dengan metadata baku dan kode referensi,
                sehingga data yang sama tidak dikumpulkan dua kali.

                - Katalog dataset dan unduhan CSV/JSON
                - Dasbor visualisasi per urusan
                - API untuk portal Satu Data provinsi
                """,
            SpbeClass = SpbeClass.Umum, ServiceDomain = "Administrasi Pemerintahan",
            Categories = "data-analytics, data-visualization, data-collection",
            License = "MIT", Maturity = Maturity.Stable,
            RepositoryUrl = "https://git.semarangkota.go.id/diskominfo/satu-data", LandingUrl = "https://data.semarangkota.go.id",
            Languages = "Python, JavaScript", DatabaseTech = "PostgreSQL",
            CpuCores = 4, RamGb = 8, StorageGb = 300, UsersPerServer = 10000,
            Contacts = [Contact("Bambang Prasetyo", "diskominfo@semarangkota.go.id", Semarang_)],
        },
        ("1.0.0", "2019-03-20", "Katalog dataset dan metadata."),
        ("1.1.0", "2019-11-05", "Dasbor visualisasi."),
        ("1.1.1", "2020-02-17", "Perbaikan unduhan CSV berukuran besar.")),

        Sample(new AppInput
        {
            Slug = "layanan-pengaduan-kota-semarang", Name = "Layanan Pengaduan Kota Semarang", OwnerRegionCode = "33.74",
            Summary = "Pengaduan warga lewat web, SMS dan aplikasi seluler, diteruskan ke OPD dengan batas waktu tindak lanjut.",
            Description = """
                Warga menyampaikan pengaduan dan memantau tindak lanjutnya; OPD menjawab dalam batas waktu yang ditetapkan.

                - Kanal web, SMS dan Android
                - Disposisi otomatis per kategori
                - Laporan kepatuhan waktu tindak lanjut
                """,
            SpbeClass = SpbeClass.Umum, ServiceDomain = "Layanan Publik",
            Categories = "customer-service-and-support, feedback-and-reviews-management",
            License = "GPL-3.0-or-later", Maturity = Maturity.Stable,
            RepositoryUrl = "https://git.semarangkota.go.id/diskominfo/pengaduan",
            Languages = "PHP", DatabaseTech = "MariaDB", Platforms = "web, android",
            CpuCores = 2, RamGb = 8, StorageGb = 100, UsersPerServer = 20000,
            Contacts = [Contact("Dewi Lestari", "dewi.lestari@semarangkota.go.id", Semarang_)],
        },
        ("2.0.0", "2018-05-02", "Kanal Android dan disposisi otomatis."),
        ("2.1.0", "2019-08-19", "Laporan kepatuhan waktu tindak lanjut.")),
    ];
}
