namespace Marketplace.Web.Features.Demo;

/// <summary>
/// The text of the demo's pokja discussion on the SPBE targets of Perpres 95/2018 and of the recommendation it produced:
/// who wrote each post (by e-mail of a demo account) and how many days ago.
/// </summary>
internal static class DemoRecommendationData
{
    public const string Board = "pokja-kebijakan";

    public const string ThreadTitle = "Menyelaraskan target SPBE Perpres 95/2018 dengan rencana aplikasi daerah";

    public const string Kurator = "kurator@kominfo.go.id";

    /// <summary>The pokja members the demo needs on the board (added only when missing).</summary>
    public static readonly IReadOnlyList<string> Members =
        ["dewi.lestari@semarangkota.go.id", "yusuf.hidayat@palembang.go.id", "diskominfo@jatengprov.go.id", "lina.marlina@singkawangkota.go.id"];

    public static readonly IReadOnlyList<(string Email, int DaysAgo, string Body)> Posts =
    [
        ("dewi.lestari@semarangkota.go.id", 42, """
            Rekan-rekan pokja, di Semarang kami sedang menyusun rencana aplikasi 2026–2027 dan kembali bertemu pertanyaan lama: bagaimana memastikan setiap usulan aplikasi baru benar-benar mendukung target **Perpres 95/2018 tentang SPBE**, bukan sekadar menambah daftar aplikasi?

            Dari evaluasi tahun lalu, indeks SPBE kami tertahan di domain **tata kelola** dan **layanan**. Banyak OPD mengusulkan aplikasi sendiri untuk kebutuhan yang sama (persuratan, kepegawaian, perencanaan), padahal Perpres 95/2018 Pasal 38 mendorong penggunaan **aplikasi umum** yang ditetapkan secara nasional.

            Usul saya: setiap usulan aplikasi daerah wajib dipetakan dulu ke **arsitektur SPBE** daerah (referensi proses bisnis, data, layanan dan aplikasi), dan diperiksa apakah sudah ada aplikasi umum atau aplikasi bagi pakai di katalog ini. Bagaimana pengalaman daerah lain?
            """),
        ("yusuf.hidayat@palembang.go.id", 41, """
            Di Palembang kami pernah mengalami hal yang sama: 49 perangkat daerah, lebih dari 120 aplikasi, dan separuhnya berjalan di server yang berbeda-beda. Setelah pemetaan ke arsitektur SPBE, ternyata 30-an aplikasi bisa digabung atau diganti aplikasi umum.

            Yang membantu kami adalah **forum telaah usulan aplikasi** di Diskominfo: OPD wajib mengisi formulir singkat (proses bisnis yang didukung, data yang dikelola, integrasi yang dibutuhkan, rencana hosting di pusat data daerah). Tanpa telaah itu, anggaran pengembangan tidak kami rekomendasikan ke Bappeda.

            Catatan penting: telaah ini harus cepat (kami targetkan 10 hari kerja), kalau tidak OPD akan mencari jalan pintas lewat pengadaan jasa.
            """),
        ("diskominfo@jatengprov.go.id", 40, """
            Dari sisi provinsi, kami melihat pola yang sama di 35 kabupaten/kota Jawa Tengah. Dua hal yang menurut kami perlu masuk rekomendasi pokja:

            1. **Peta rencana SPBE daerah** harus menyebut aplikasi mana yang memakai aplikasi umum, mana yang bagi pakai antardaerah, dan mana yang benar-benar khusus. Ini juga yang dinilai pada indeks SPBE (indikator tata kelola dan manajemen).
            2. **Katalog aplikasi bagi pakai** dipakai sebagai rujukan pertama sebelum membangun. Pengalaman GRMS dan e-Kinerja di Jawa Tengah menunjukkan adopsi jauh lebih murah daripada membangun ulang.

            Kami siap berbagi templat telaah usulan yang sudah dipakai Diskominfo Jawa Tengah sejak 2024.
            """),
        ("lina.marlina@singkawangkota.go.id", 38, """
            Untuk daerah dengan SDM TIK terbatas seperti Singkawang, rekomendasi ini sangat membantu asalkan prosesnya sederhana. Kami tidak punya tim arsitektur SPBE sendiri; pemetaan sering dikerjakan satu atau dua orang.

            Usul kami: pokja menyediakan **daftar periksa satu halaman** yang merujuk langsung ke Perpres 95/2018 dan Permenpan RB tentang evaluasi SPBE, plus contoh pengisian dari daerah yang indeks SPBE-nya sudah baik. Dengan begitu daerah kecil bisa mengikuti tanpa harus menunggu pendampingan.

            Kami juga berharap data hasil telaah masuk ke Satu Data daerah supaya bisa dipakai ulang untuk evaluasi tahun berikutnya.
            """),
    ];

    public const string RecommendationTitle = "Telaah usulan aplikasi daerah terhadap arsitektur SPBE sebelum penganggaran";

    public const string FirstBody = """
        ## Latar belakang

        Banyak pemerintah daerah membangun aplikasi baru untuk kebutuhan yang sudah dilayani aplikasi umum atau aplikasi bagi pakai, sehingga target Perpres 95/2018 tentang SPBE dan nilai indeks SPBE sulit tercapai.

        ## Rekomendasi

        1. Setiap usulan aplikasi baru ditelaah Diskominfo terhadap arsitektur SPBE daerah sebelum dianggarkan.
        2. Katalog aplikasi bagi pakai dan daftar aplikasi umum menjadi rujukan pertama.

        ## Dasar hukum

        - Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik.

        ## Tindak lanjut

        - Pokja Kebijakan menyusun templat telaah.
        """;

    public const string SecondBody = """
        ## Latar belakang

        Evaluasi SPBE menunjukkan banyak pemerintah daerah membangun aplikasi baru untuk kebutuhan yang sudah dilayani **aplikasi umum** atau **aplikasi bagi pakai** antardaerah. Akibatnya anggaran terpecah, data tersebar di banyak server, dan target Perpres 95/2018 tentang SPBE serta nilai **indeks SPBE** (domain tata kelola dan layanan) sulit tercapai. Diskusi pokja dengan Kota Semarang, Kota Palembang, Provinsi Jawa Tengah dan Kota Singkawang menunjukkan pola yang sama di daerah besar maupun kecil.

        ## Rekomendasi

        1. **Telaah sebelum penganggaran.** Setiap usulan aplikasi baru dari perangkat daerah ditelaah Diskominfo terhadap **arsitektur SPBE daerah** (proses bisnis, data, layanan, aplikasi, infrastruktur) sebelum diajukan ke Bappeda; telaah selesai paling lama 10 hari kerja.
        2. **Aplikasi umum dan bagi pakai lebih dulu.** Daftar aplikasi umum nasional dan katalog aplikasi bagi pakai di Forum Kominfo menjadi rujukan pertama; pembangunan baru hanya untuk kebutuhan yang benar-benar khusus, dengan alasan tertulis.
        3. **Peta rencana yang terbuka.** Peta rencana SPBE daerah menyebut untuk setiap layanan apakah memakai aplikasi umum, aplikasi bagi pakai, atau aplikasi khusus daerah.
        4. **Daftar periksa satu halaman** disediakan pokja untuk daerah dengan SDM TIK terbatas, dengan contoh pengisian dari daerah yang indeks SPBE-nya baik.

        ## Dasar hukum

        - Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik, khususnya ketentuan tentang arsitektur SPBE, peta rencana SPBE dan aplikasi umum.
        - Peraturan Menteri PANRB tentang pedoman evaluasi SPBE.

        ## Tindak lanjut

        - Pokja Kebijakan menerbitkan templat telaah usulan aplikasi (berdasarkan templat Diskominfo Jawa Tengah) dan daftar periksa satu halaman.
        - Hasil telaah dicatat sebagai data terbuka di portal Satu Data daerah agar dapat dipakai pada evaluasi SPBE berikutnya.
        - Kemenkominfo memantau penerapannya melalui katalog dan statistik adopsi Forum Kominfo.
        """;

    public const string SecondChangeNote = "Menambahkan batas waktu telaah, peta rencana SPBE dan daftar periksa untuk daerah dengan SDM terbatas, sesuai masukan Palembang, Jawa Tengah dan Singkawang.";
}
