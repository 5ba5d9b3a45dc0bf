namespace Marketplace.Web.Features.Demo;

/// <summary>Pokja Infrastruktur dan Aplikasi: server capacity (pinned), shared hosting with SSO, and a closed data call (locked).</summary>
internal static partial class DemoForumData
{
    private static DemoThread[] Infrastruktur =>
    [
        new("pokja-infrastruktur-dan-aplikasi", "Pendataan kebutuhan pusat data daerah 2026 (sudah ditutup)", "pusat-data, pendataan", 39,
        [
            new(Kurator, 0, """
                Kemenkominfo mendata kebutuhan kapasitas pusat data pemerintah daerah untuk perencanaan 2026. Mohon setiap daerah mengisi:

                - jumlah aplikasi yang berjalan dan jumlah penggunanya,
                - kapasitas server saat ini (CPU, memori, penyimpanan) dan pemakaiannya,
                - rencana aplikasi baru atau adopsi dalam dua tahun.

                Data kapasitas bisa langsung diisi di halaman wilayah masing-masing, bagian infrastruktur. Batas pengisian dua minggu dari hari ini.
                """),
            new(Palembang, 22, """
                Palembang sudah mengisi: dua server aplikasi untuk 49 OPD, pemakaian memori rata-rata 75%. Kami juga mencantumkan rencana adopsi dua aplikasi dari Jawa Tengah.
                """),
            new(Singkawang, 70, """
                Singkawang sudah mengisi. Mohon konfirmasi: apakah server cadangan di luar gedung ikut dicatat sebagai kapasitas?
                """),
            new(Kurator, 80, """
                Ya, Pak Hendra, catat sebagai server tersendiri dengan keterangan "cadangan".
                """),
            new(Kurator, 340, """
                Pendataan ditutup. Terima kasih kepada 27 daerah yang sudah mengisi; rekapnya akan dibahas di topik kapasitas server. Topik ini dikunci supaya pertanyaan baru tidak tercecer di sini.
                """),
        ], Locked: true),

        new("pokja-infrastruktur-dan-aplikasi", "Kapasitas server daerah: pindah ke Pusat Data Nasional atau tetap di server sendiri?", "pusat-data, pdn, server", 26,
        [
            new(Palembang, 0, """
                Dua server aplikasi Palembang melayani 49 OPD dan pemakaian memorinya sudah di atas 75% pada jam kerja. Kami harus memutuskan tahun ini: menambah server sendiri, atau memindahkan sebagian aplikasi ke **Pusat Data Nasional (PDN)**.

                Pertimbangan kami sejauh ini:

                - **Tetap di server sendiri**: kendali penuh dan tim sudah terbiasa, tetapi ruang server kami belum punya listrik cadangan yang memadai dan pengadaan perangkat keras butuh satu tahun anggaran.
                - **Pindah ke PDN**: kapasitas bisa ditambah tanpa pengadaan, tetapi kami belum tahu seberapa besar pekerjaan migrasinya dan bagaimana pembagian tanggung jawab saat ada gangguan.

                Untuk daerah yang sudah pindah (sebagian atau seluruhnya): aplikasi mana yang Anda pindahkan lebih dulu, dan apa yang Anda sesali?
                """),
            new(Agus, 6, """
                Jawa Tengah memindahkan aplikasi layanan publik lebih dulu dan mempertahankan aplikasi internal (kepegawaian, keuangan) di pusat data provinsi. Alasannya, layanan publik yang paling butuh kapasitas saat lonjakan, sedangkan aplikasi internal bebannya stabil.

                Yang kami sesali: tidak menyiapkan **cadangan di luar PDN** sejak awal. Setelah insiden pusat data sementara pada pertengahan 2024, semua daerah diminta punya salinan sendiri. Sekarang kami mencadangkan basis data setiap malam ke pusat data provinsi.
                """),
            new(Semarang, 20, """
                Semarang masih di server sendiri, tetapi sudah memakai virtualisasi sehingga memindahkan satu VM ke tempat lain tinggal soal jaringan. Saran kami, sebelum memutuskan, rapikan dulu dua hal:

                1. Daftar aplikasi dengan pemilik, jumlah pengguna, dan ketergantungannya (basis data mana, layanan mana).
                2. Ukuran pemakaian yang sebenarnya, bukan spesifikasi saat pengadaan.

                Dari pengalaman kami, 30% VM ternyata bisa dimatikan atau digabung. Mungkin kebutuhan tambahan Palembang lebih kecil dari perkiraan.
                """),
            new(Yusuf, 30, """
                > 30% VM ternyata bisa dimatikan atau digabung

                Kami coba hitung ulang minggu ini. Dari data pemantauan, memang ada beberapa aplikasi lama yang hampir tidak dipakai tetapi memegang memori besar. @agus.santoso, boleh minta contoh berita acara pembagian tanggung jawab dengan pengelola pusat data?
                """),
            new(Agus, 48, """
                Boleh, Pak Yusuf. Intinya tiga hal: siapa yang memegang akses administrator VM, berapa lama pemulihan yang dijanjikan, dan siapa yang menghubungi pengguna saat ada gangguan. Saya kirim contohnya lewat pesan.
                """),
            new(Singkawang, 75, """
                Untuk kota kecil seperti Singkawang, pilihan kami sebenarnya bukan PDN atau server sendiri, tetapi **berbagi dengan provinsi atau kota lain**. Server sendiri kami hanya satu rak. Apakah ada skema resmi untuk menumpang di pusat data daerah lain?
                """),
            new(Kurator, 96, """
                Terima kasih semuanya. Ringkasan untuk pokja:

                - Pindahkan lebih dulu aplikasi yang bebannya naik turun; aplikasi internal yang stabil bisa menyusul.
                - Apa pun pilihannya, simpan cadangan di lokasi kedua yang Anda kendalikan.
                - Ukur pemakaian nyata sebelum menambah kapasitas.

                Pertanyaan Pak Hendra soal berbagi pusat data antardaerah saya bawa ke rapat pokja berikutnya. Sementara itu, data kapasitas setiap daerah bisa dibandingkan di halaman wilayah masing-masing.
                """),
        ], Pinned: true),

        new("pokja-infrastruktur-dan-aplikasi", "Hosting aplikasi bersama dan SSO antar-OPD: pengalaman dan jebakannya", "sso, hosting, aplikasi-bersama", 13,
        [
            new(Agus, 0, """
                Jawa Tengah menjalankan GRMS, e-Kinerja, dan e-Office untuk 35 kabupaten/kota dari satu lingkungan bersama, dengan satu akun masuk (**SSO**) untuk semua aplikasi. Beberapa daerah bertanya apakah pola ini bisa ditiru, jadi saya tuliskan yang kami pelajari.

                **Yang berjalan baik**

                - Satu akun per pegawai, diambil dari data kepegawaian; pegawai yang pensiun otomatis tidak bisa masuk lagi.
                - Satu tempat untuk mewajibkan verifikasi dua langkah bagi admin.
                - Pembaruan aplikasi sekali untuk semua daerah.

                **Jebakannya**

                - Setiap daerah ingin penyesuaian kecil. Tanpa aturan, kode bercabang dan pembaruan jadi mahal. Kami sekarang hanya menerima penyesuaian lewat konfigurasi.
                - Saat SSO terganggu, semua aplikasi ikut tidak bisa dipakai. Siapkan halaman status dan prosedur darurat.
                - Pembagian biaya antardaerah perlu disepakati di awal, bukan setelah tagihan datang.
                """),
            new(Yusuf, 10, """
                Palembang memakai SSO untuk aplikasi internal saja. Pertanyaan teknis: protokol apa yang dipakai, OpenID Connect atau SAML? Beberapa aplikasi lama kami hanya mendukung LDAP.
                """),
            new(Agus, 14, """
                OpenID Connect untuk aplikasi baru. Untuk aplikasi lama yang hanya mengenal LDAP, kami pasang direktori LDAP yang disinkronkan dari penyedia identitas yang sama, sehingga akunnya tetap satu walaupun cara masuknya berbeda.
                """),
            new(Semarang, 40, """
                Setuju soal penyesuaian lewat konfigurasi. Semarang pernah mengadopsi aplikasi yang kemudian kami ubah kodenya sendiri, dan dua tahun kemudian tidak bisa lagi mengikuti versi pemiliknya. Sekarang setiap permintaan perubahan kami kirim ke pemilik aplikasi lewat papan diskusi aplikasinya.
                """),
            new(Singkawang, 52, """
                Pertanyaan dari daerah yang ingin ikut menumpang: berapa biaya per daerah per tahun di Jawa Tengah, kira-kira? Kami perlu angka untuk usulan anggaran.
                """),
            new(JawaTengah, 60, """
                Untuk kabupaten/kota di Jawa Tengah tidak ada biaya hosting karena ditanggung provinsi; daerah menanggung pelatihan dan admin OPD-nya sendiri. Untuk daerah di luar provinsi, kami sarankan skema berbagi dengan provinsi Anda sendiri, Pak Hendra. Kami bisa berbagi rincian biaya operasional kami sebagai acuan.
                """),
        ]),
    ];
}
