namespace Marketplace.Web.Features.Maintenance;

/// <summary>
/// The words generated forum threads and posts are made of: questions and answers as regional Diskominfo staff write them,
/// put together from short parts so that a million posts cost little to make and still read like a forum.
/// </summary>
internal static class ForumLoadVocabulary
{
    public static readonly string[] Questions =
    [
        "Bagaimana pengalaman migrasi {0} ke Pusat Data Nasional?",
        "Kendala integrasi {0} dengan SSO ASN",
        "Ada yang sudah memakai {0} hasil berbagi pakai?",
        "Spesifikasi server untuk {0} skala kabupaten",
        "Mohon saran: {0} sering lambat di jam sibuk",
        "Standar keamanan {0} sebelum uji penetrasi",
        "Berbagi pengalaman: {0} dan Satu Data Indonesia",
        "Pemeliharaan {0} setelah kontrak vendor berakhir",
        "Cara ekspor data {0} ke format terbuka",
        "Evaluasi SPBE: indikator untuk {0}",
        "Anggaran operasional {0} per tahun",
        "Pelatihan operator {0} untuk perangkat daerah",
    ];

    public static readonly string[] Openings =
    [
        "Selamat pagi rekan-rekan Diskominfo.", "Izin bertanya, Bapak/Ibu.", "Terima kasih atas pertanyaannya.", "Menambahkan dari pengalaman kami.",
        "Setuju dengan masukan sebelumnya.", "Kami di daerah juga mengalami hal yang sama.", "Sekadar berbagi.", "Mohon koreksi jika keliru.",
    ];

    public static readonly string[] Sentences =
    [
        "Kami memakai server dengan 8 core dan 16 GB RAM, cukup untuk sekitar 2.000 pengguna aktif.",
        "Integrasi dengan SSO berjalan lancar setelah kami memperbarui pustaka OpenID Connect.",
        "Sebaiknya basis data dipisah dari server aplikasi agar pencadangan lebih mudah.",
        "Kendala utama kami ada pada jaringan ke kecamatan yang masih memakai VSAT.",
        "Dokumen arsitektur SPBE daerah perlu diperbarui sebelum aplikasi ini diadopsi.",
        "Tim kami menjadwalkan uji penetrasi bersama BSSN bulan depan.",
        "Data kependudukan disinkronkan setiap malam melalui API yang disediakan Dukcapil.",
        "Pelatihan operator dua hari sudah cukup untuk perangkat daerah yang baru memakai.",
        "Kami menyimpan log akses selama 90 hari sesuai kebijakan keamanan informasi.",
        "Versi terbaru sudah mendukung tanda tangan elektronik dari BSrE.",
        "Anggaran pemeliharaan tahunan kami sekitar sepuluh persen dari biaya pengembangan.",
        "Untuk Satu Data, metadata mengikuti standar yang ditetapkan walidata.",
        "Kode sumbernya kami terima lengkap beserta panduan instalasi.",
        "Beban puncak terjadi saat akhir bulan ketika laporan kinerja ditutup.",
        "Kami sarankan memakai antrean pesan agar notifikasi tidak menghambat layanan.",
        "Perlu ada perjanjian kerja sama sebelum data dibagi pakai antardaerah.",
    ];

    public static readonly string[] Points =
    [
        "cadangkan basis data setiap hari", "aktifkan HTTPS di semua layanan", "pisahkan lingkungan uji dan produksi",
        "dokumentasikan API untuk perangkat daerah", "pantau pemakaian CPU dan memori", "batasi akses admin dengan VPN",
    ];

    public static readonly string[] Closings =
    [
        "Semoga membantu.", "Terima kasih.", "Salam SPBE.", "Silakan hubungi kami bila perlu detail.", "Mohon masukan rekan-rekan lain.",
    ];

    public static readonly string[] Tags =
    [
        "spbe", "satu-data", "keamanan", "pusat-data", "interoperabilitas", "sso", "anggaran", "regulasi", "pelatihan", "jaringan",
    ];

    public static readonly string[] Positions = ["Pranata Komputer", "Kepala Bidang Aplikasi Informatika", "Analis Sistem Informasi", "Sandiman", "Statistisi"];
}
