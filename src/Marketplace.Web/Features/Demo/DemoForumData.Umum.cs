namespace Marketplace.Web.Features.Demo;

/// <summary>The general board (a welcome with the rules, a question) and the e-Parkir discussion.</summary>
internal static partial class DemoForumData
{
    private static DemoThread[] Umum =>
    [
        new("umum", "Selamat datang di Forum Kominfo: baca ini sebelum menulis", "panduan, aturan", 41,
        [
            new(Kurator, 0, """
                Selamat datang di **Forum Kominfo**, ruang diskusi antarpemerintah daerah untuk berbagi aplikasi dan pengalaman menjalankan SPBE. Forum ini dibaca oleh Diskominfo provinsi, kabupaten, dan kota di seluruh Indonesia, jadi tulisan Anda bisa menghemat pekerjaan banyak daerah lain.

                ## Papan yang tersedia

                - **Pokja Kebijakan**: regulasi, tata kelola, dan evaluasi SPBE. Hanya anggota pokja yang menulis, semua boleh membaca.
                - **Pokja Infrastruktur dan Aplikasi**: pusat data, jaringan, keamanan, dan aplikasi bersama.
                - **Pokja Data dan Informasi**: Satu Data Indonesia, metadata, dan interoperabilitas.
                - **Umum**: tanya jawab apa saja seputar SPBE; setiap anggota boleh menulis.
                - Setiap aplikasi di katalog punya papan diskusinya sendiri, ditautkan dari halaman aplikasinya.

                ## Aturan singkat

                1. Tulis judul yang menjelaskan isi, misalnya "Migrasi e-Office ke PostgreSQL 16: ada yang sudah mencoba?".
                2. Cari dulu: mungkin pertanyaan Anda sudah dijawab di papan aplikasi terkait.
                3. Jangan menempelkan kata sandi, token, alamat IP server produksi, atau data pribadi warga.
                4. Sebut rekan dengan `@nama` (bagian depan alamat surelnya) bila Anda ingin ia membaca.
                5. Tandai balasan yang menyelesaikan pertanyaan Anda sebagai **jawaban**, supaya daerah lain langsung menemukannya.

                Moderator forum adalah kurator Kemenkominfo. Bila ada tulisan yang melanggar, laporkan; jangan dibalas dengan perdebatan.
                """),
            new(Singkawang, 20, """
                Terima kasih, Bu Rina. Satu usul: mohon ada contoh cara menulis kebutuhan server yang baik, karena pertanyaan kapasitas paling sering muncul di daerah kami. Kami siap berbagi format isian yang dipakai Diskominfo Singkawang.
                """),
            new(Kurator, 26, """
                > Kami siap berbagi format isian yang dipakai Diskominfo Singkawang.

                Silakan, Pak Hendra. Tempelkan di papan Pokja Infrastruktur dan Aplikasi; nanti kami rujuk dari panduan ini.
                """),
        ], Pinned: true),

        new("umum", "Aplikasi daerah kami belum lengkap dokumentasinya: boleh tetap diusulkan ke katalog?", "katalog, dokumentasi", 16,
        [
            new(Singkawang, 0, """
                Kami punya aplikasi **e-Presensi** yang sudah dipakai 38 OPD di Singkawang, tetapi dokumentasi instalasinya baru berupa catatan internal. Beberapa kabupaten di Kalimantan Barat sudah bertanya apakah bisa memakai aplikasi ini.

                Pertanyaan kami:

                - Apakah aplikasi boleh diterbitkan di katalog walau dokumentasinya belum lengkap?
                - Dokumen minimum apa yang sebaiknya ada sebelum daerah lain mengadopsi?
                - Apakah kode sumber wajib dibuka?
                """),
            new(Semarang, 5, """
                Pengalaman Semarang saat menerbitkan Layanan Pengaduan: terbitkan saja, tetapi tulis jujur di deskripsi apa yang belum ada. Daerah yang mengadopsi lebih menghargai daftar kekurangan yang jelas daripada dokumen tebal yang tidak terbaru.

                Minimum yang kami siapkan waktu itu:

                1. Kebutuhan server (CPU, memori, penyimpanan) untuk jumlah pengguna tertentu.
                2. Langkah instalasi dari nol sampai halaman masuk pertama, diuji oleh orang di luar tim pengembang.
                3. Kontak penanggung jawab teknis dan jam dukungannya.
                """),
            new(Kurator, 9, """
                Setuju dengan Pak Bambang. Katalog tidak mewajibkan kode sumber terbuka; yang wajib adalah lisensi yang jelas dan kontak pemilik. Untuk label **terverifikasi**, kurator memeriksa dokumentasi instalasi dan keamanan, jadi itu bisa menyusul setelah aplikasi terbit.

                Pak Hendra, silakan terbitkan e-Presensi dan sebutkan di deskripsi bahwa dokumentasi sedang dilengkapi. Kalau perlu pendamping, @lina.marlina dari pokja data juga sudah pernah menulis panduan untuk SIMPEG Singkawang.
                """),
            new(Lina, 30, """
                Siap, Bu. Pak Hendra, templat panduan SIMPEG bisa kita pakai ulang; tinggal mengganti bagian integrasi dengan mesin presensi.
                """),
        ]),
    ];

    private static DemoThread[] Applications =>
    [
        new(ForumAppBoardSlug, "Rencana adopsi e-Parkir di Singkawang: perangkat juru parkir dan QRIS", "adopsi, qris, retribusi", 9,
        [
            new(Singkawang, 0, """
                Kota Singkawang berencana mengadopsi **e-Parkir Palembang** untuk retribusi parkir tepi jalan. Saat ini setoran masih tunai dan rekapnya manual per minggu, sehingga selisih antara potensi dan setoran sulit dijelaskan.

                Sebelum mengajukan adopsi resmi, kami ingin bertanya kepada tim Palembang:

                - Perangkat apa yang dipakai juru parkir? Apakah ponsel Android biasa cukup?
                - Bagaimana alurnya bila sinyal di lokasi parkir lemah?
                - Bank mana yang menjadi mitra QRIS, dan apakah perlu perjanjian terpisah per daerah?
                - Berapa lama dari persetujuan sampai titik parkir pertama berjalan?

                Kami punya sekitar 120 titik parkir dan 160 juru parkir.
                """),
            new(Yusuf, 6, """
                Salam dari Palembang, Pak Hendra. Kami jawab berurutan:

                1. **Perangkat**: ponsel Android 10 ke atas dengan RAM 3 GB sudah cukup. Kami membeli ponsel kelas menengah bawah dan printer termal Bluetooth untuk karcis cadangan; total sekitar Rp2,1 juta per juru parkir.
                2. **Sinyal lemah**: versi 1.1 menyimpan transaksi di ponsel dan mengirimnya begitu sinyal kembali. Setiap transaksi punya nomor urut per perangkat, jadi setoran yang tertunda tetap tercatat di jam yang benar.
                3. **QRIS**: kami memakai QRIS dinamis dari bank daerah. Perjanjian kerja sama dibuat per pemerintah daerah dengan bank pilihan masing-masing; aplikasi hanya butuh kredensial API dari bank tersebut.
                4. **Waktu**: di Palembang, uji coba 10 titik berjalan enam minggu setelah server siap. Yang paling lama justru pendataan titik dan pelatihan juru parkir, bukan instalasi.

                Saran kami: mulai dari 10–15 titik yang paling ramai, ukur setoran harian selama sebulan, baru diperluas. Rencana kerja adopsi di katalog sudah memuat tahapan itu.
                """),
            new(Singkawang, 9, """
                Sangat jelas, terima kasih Pak Yusuf. Untuk server, apakah e-Parkir bisa berjalan di satu VM bersama aplikasi lain, atau sebaiknya terpisah?
                """),
            new(Palembang, 11, """
                Untuk 120 titik, satu VM dengan 4 vCPU dan 8 GB memori sudah longgar; di Palembang, e-Parkir berbagi server `srv-app-02` dengan Command Center. Yang penting basis datanya dicadangkan setiap malam ke lokasi lain, karena data transaksi adalah dasar penagihan retribusi.

                > Yang paling lama justru pendataan titik dan pelatihan juru parkir

                Ini benar sekali. Kami bisa kirim materi pelatihan juru parkir kami, lengkap dengan video singkat berbahasa daerah.
                """),
            new(Singkawang, 30, """
                Terima kasih, Pak Rizki dan Pak Yusuf. Jawaban Pak Yusuf kami tandai sebagai jawaban. Pengajuan adopsi akan kami kirim lewat katalog setelah rapat dengan Dinas Perhubungan minggu depan.
                """),
        ], AnswerIndex: 1, AppSlug: EParkir),
    ];

    private const string ForumAppBoardSlug = "aplikasi-" + EParkir;
}
