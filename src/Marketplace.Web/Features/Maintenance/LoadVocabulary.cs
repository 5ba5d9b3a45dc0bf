using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Maintenance;

/// <summary>A kind of government application as regions build them; generated applications are variations of these.</summary>
internal sealed record AppKind(string Name, string Purpose, string[] Categories, SpbeClass Class, string Domain);

/// <summary>The words generated load data is made of: realistic for Indonesian regional government, and nothing more.</summary>
internal static class LoadVocabulary
{
    private const string Admin = "Administrasi Pemerintahan";
    private const string Public = "Layanan Publik";

    public static readonly AppKind[] Kinds =
    [
        new("e-Kinerja", "pencatatan kinerja harian dan penilaian SKP aparatur sipil negara", ["hr", "employee-management", "time-tracking"], SpbeClass.Umum, Admin),
        new("e-Office", "naskah dinas elektronik, disposisi dan arsip surat", ["document-management", "workflow-management", "e-signature"], SpbeClass.Umum, Admin),
        new("SIMPEG", "data kepegawaian, riwayat jabatan dan kenaikan pangkat", ["hr", "employee-management"], SpbeClass.Umum, Admin),
        new("e-Parkir", "retribusi parkir non-tunai dan pemantauan juru parkir", ["mobile-payment", "billing-and-invoicing"], SpbeClass.Khusus, Public),
        new("SIPD", "perencanaan pembangunan dan penganggaran daerah", ["budgeting", "financial-reporting"], SpbeClass.Umum, Admin),
        new("Layanan Pengaduan", "pengaduan masyarakat dengan tindak lanjut oleh perangkat daerah", ["customer-service-and-support", "feedback-and-reviews-management", "whistleblowing"], SpbeClass.Umum, Public),
        new("e-Retribusi", "penagihan dan pembayaran retribusi daerah", ["billing-and-invoicing", "taxes-management", "payment-gateway"], SpbeClass.Khusus, Public),
        new("SIMRS", "rekam medis, pendaftaran dan farmasi rumah sakit daerah", ["appointment-scheduling", "inventory-management"], SpbeClass.Khusus, Public),
        new("Satu Data", "katalog dan portal data statistik sektoral", ["data-analytics", "data-visualization", "data-collection"], SpbeClass.Umum, Admin),
        new("e-Budgeting", "penyusunan dan pengendalian anggaran perangkat daerah", ["budgeting", "accounting"], SpbeClass.Umum, Admin),
        new("Sistem Informasi Desa", "administrasi kependudukan dan keuangan desa", ["content-management", "accounting", "data-collection"], SpbeClass.Khusus, Public),
        new("e-Perizinan", "perizinan berusaha terintegrasi dengan OSS", ["workflow-management", "document-management", "e-signature"], SpbeClass.Khusus, Public),
        new("e-Presensi", "kehadiran pegawai dengan lokasi dan swafoto", ["time-tracking", "hr"], SpbeClass.Umum, Admin),
        new("e-Payroll", "penghitungan gaji dan tunjangan tambahan penghasilan pegawai", ["payroll", "hr"], SpbeClass.Umum, Admin),
        new("e-Procurement", "pengadaan barang dan jasa pemerintah", ["procurement", "e-signature"], SpbeClass.Umum, Admin),
        new("SIMDA Aset", "inventarisasi dan penatausahaan barang milik daerah", ["it-asset-management", "inventory-management", "accounting"], SpbeClass.Umum, Admin),
        new("e-PBB", "pendataan dan pembayaran pajak bumi dan bangunan", ["taxes-management", "payment-gateway"], SpbeClass.Khusus, Public),
        new("Portal PPID", "layanan informasi publik dan dokumen PPID", ["content-management", "knowledge-management"], SpbeClass.Umum, Public),
        new("Website Desa", "profil, berita dan layanan desa", ["website-builder", "content-management", "blog"], SpbeClass.Umum, Public),
        new("JDIH", "jaringan dokumentasi dan informasi hukum daerah", ["document-management", "knowledge-management"], SpbeClass.Umum, Admin),
        new("e-Musrenbang", "usulan musyawarah perencanaan pembangunan dari kelurahan", ["survey", "data-collection", "workflow-management"], SpbeClass.Umum, Admin),
        new("SIG Tata Ruang", "peta tata ruang dan informasi zonasi", ["geographic-information-systems", "data-visualization"], SpbeClass.Khusus, Public),
        new("e-Arsip", "pengelolaan arsip dinamis dan statis", ["document-management", "digital-asset-management"], SpbeClass.Umum, Admin),
        new("Helpdesk TIK", "tiket gangguan jaringan dan aplikasi perangkat daerah", ["help-desk", "it-service-management"], SpbeClass.Umum, Admin),
        new("e-Learning ASN", "pelatihan daring dan ujian kompetensi aparatur", ["learning-management-system"], SpbeClass.Umum, Admin),
        new("Antrian Online", "pendaftaran antrean layanan dukcapil dan puskesmas", ["online-booking", "appointment-scheduling"], SpbeClass.Khusus, Public),
        new("Sistem Informasi Bencana", "laporan kejadian bencana dan logistik pengungsian", ["data-collection", "geographic-information-systems", "communications"], SpbeClass.Khusus, Public),
        new("e-Rapat", "jadwal rapat, undangan dan notulen elektronik", ["event-management", "video-conferencing", "collaboration"], SpbeClass.Umum, Admin),
        new("Command Center", "dasbor kota cerdas dari CCTV dan sensor", ["data-visualization", "business-intelligence"], SpbeClass.Khusus, Public),
        new("SAKIP", "akuntabilitas kinerja instansi pemerintah", ["financial-reporting", "project-management"], SpbeClass.Umum, Admin),
    ];

    public static readonly string[] Variants = ["", "", "", " Terpadu", " Online", " Mobile", " 2.0", " Terintegrasi"];

    public static readonly (string[] Languages, string[] Frameworks)[] Stacks =
    [
        (["PHP"], ["Laravel", "CodeIgniter", "Yii"]),
        (["Java"], ["Spring Boot", "Jakarta EE"]),
        (["Python"], ["Django", "Flask"]),
        (["Go"], ["Gin", "Echo"]),
        (["JavaScript"], ["Node.js", "Express", "Next.js"]),
        (["PHP", "JavaScript"], ["Laravel + Vue.js", "CodeIgniter + React"]),
        (["Java", "JavaScript"], ["Spring Boot + Angular"]),
    ];

    public static readonly string[] Databases = ["MySQL", "MySQL", "PostgreSQL", "PostgreSQL", "MariaDB"];

    public static readonly string[] Licenses = ["GPL-3.0-or-later", "GPL-3.0-or-later", "MIT", "Apache-2.0", "AGPL-3.0-or-later", "EUPL-1.2"];

    public static readonly Maturity[] Maturities =
        [Maturity.Stable, Maturity.Stable, Maturity.Stable, Maturity.Beta, Maturity.Beta, Maturity.Development, Maturity.Concept, Maturity.Obsolete];

    public static readonly string[] OperatingSystems = ["Ubuntu Server 22.04", "Debian 12", "Rocky Linux 9", "CentOS 7", "Ubuntu Server 20.04"];

    public static readonly string[] Platforms = ["web", "web", "web", "android", "ios", "linux"];

    public static readonly string[] Units =
        ["Dinas Komunikasi dan Informatika", "Badan Kepegawaian Daerah", "Bappeda", "BPKAD", "Dinas Kesehatan", "Dinas Perhubungan", "DPMPTSP", "Sekretariat Daerah"];
}
