namespace Marketplace.Web.Features.Demo;

/// <summary>Pokja Kebijakan: measuring the SPBE index of Perpres 95/2018, and a regional SPBE regulation.</summary>
internal static partial class DemoForumData
{
    private static DemoThread[] Kebijakan =>
    [
        new("pokja-kebijakan", "Target SPBE Perpres 95/2018: bagaimana daerah mengukur capaian indeks SPBE?", "spbe, perpres-95-2018, evaluasi", 34,
        [
            new(Dewi, 0, """
                Perpres 95/2018 tentang Sistem Pemerintahan Berbasis Elektronik mewajibkan evaluasi SPBE secara berkala, dan hasilnya dinyatakan sebagai **indeks SPBE** dengan skala 1 sampai 5. Kota Semarang sedang menyusun rencana dua tahun ke depan dan kami ingin targetnya terukur, bukan sekadar "naik satu predikat".

                Yang kami lakukan sejauh ini:

                - Memetakan ulang empat domain evaluasi (kebijakan internal, tata kelola, manajemen, layanan) ke OPD penanggung jawab.
                - Menilai sendiri setiap indikator setiap triwulan, memakai bukti dukung yang sama dengan evaluasi resmi.
                - Mencatat indikator yang nilainya tertahan karena menunggu regulasi atau aplikasi dari pusat.

                Pertanyaan untuk rekan-rekan pokja:

                1. Apakah daerah Anda melakukan penilaian mandiri di luar jadwal evaluasi resmi? Seberapa dekat hasilnya dengan nilai akhir?
                2. Bagaimana membagi target indeks ke OPD tanpa membuat OPD hanya mengejar dokumen?
                3. Indikator mana yang paling sulit dinaikkan di daerah Anda?
                """),
            new(JawaTengah, 18, """
                Pemprov Jawa Tengah melakukan penilaian mandiri dua kali setahun. Selisih dengan nilai akhir biasanya 0,2–0,4 poin, hampir selalu karena bukti dukung yang kami anggap cukup ternyata dinilai belum menunjukkan penerapan.

                Pelajaran kami: untuk setiap indikator, tuliskan **bukti penerapan**, bukan hanya dokumen kebijakannya. Contohnya, untuk manajemen keamanan informasi, yang dinilai tinggi adalah laporan insiden dan tindak lanjutnya, bukan SK tim.

                Target kami bagi per domain, bukan per OPD, lalu setiap domain punya satu OPD koordinator.
                """),
            new(Palembang, 27, """
                Di Palembang, indikator yang paling sulit naik adalah **layanan terintegrasi**. Aplikasi kami banyak, tetapi integrasinya masih antaraplikasi satu per satu. Nilainya baru bergerak setelah kami mulai memakai SPLP sebagai penghubung, karena bukti integrasinya jadi jelas: katalog layanan dan log pertukaran data.

                Setuju dengan Bu Sri soal bukti penerapan. Kami sekarang menyimpan bukti dukung di satu folder bersama per indikator, diperbarui setiap triwulan.
                """),
            new(Singkawang, 50, """
                Dari sisi kota kecil: kami belum sanggup menilai mandiri setiap triwulan. Yang kami lakukan adalah memilih lima indikator dengan nilai terendah dan fokus di situ satu tahun. Hasilnya indeks naik dari 2,1 ke 2,6.

                Mungkin ini bisa jadi usulan pokja: daftar "indikator yang paling murah dinaikkan" untuk daerah dengan SDM terbatas.
                """),
            new(Kurator, 70, """
                Diskusi yang bagus. Saya rangkum sementara:

                - Penilaian mandiri berkala membantu, asalkan memakai ukuran bukti yang sama dengan evaluasi resmi.
                - Target dibagi per domain dengan OPD koordinator, bukan dibebankan rata ke semua OPD.
                - Untuk daerah dengan SDM terbatas, fokus ke beberapa indikator terendah lebih efektif.

                @dewi.lestari, bisakah pokja menyusun usulan format target per domain dari diskusi ini? Penyelarasan target dengan rencana aplikasi daerah sedang dibahas terpisah sebagai rekomendasi pokja.
                """),
            new(Dewi, 80, """
                Siap, Bu Rina. Kami susun draf formatnya minggu ini, memakai contoh Jawa Tengah (koordinator per domain) dan usulan Singkawang soal indikator prioritas.
                """),
        ]),

        new("pokja-kebijakan", "Peraturan kepala daerah tentang tata kelola SPBE: ada contoh yang sudah berjalan?", "regulasi, tata-kelola", 22,
        [
            new(Semarang, 0, """
                Kota Semarang sedang merevisi Peraturan Wali Kota tentang SPBE karena aturan lama belum mengatur arsitektur SPBE daerah dan peta rencana. Kami ingin belajar dari daerah yang aturannya sudah diuji di lapangan.

                Hal yang ingin kami atur:

                - Kewajiban OPD berkonsultasi ke Diskominfo sebelum membangun aplikasi baru.
                - Pemakaian ulang aplikasi dari katalog sebelum membangun sendiri.
                - Standar minimum keamanan untuk aplikasi yang dibuka ke publik.
                """),
            new(JawaTengah, 20, """
                Pergub Jawa Tengah mewajibkan **rekomendasi Diskominfo** sebelum pengadaan aplikasi. Kuncinya ada di penganggaran: tanpa rekomendasi itu, kegiatan pembangunan aplikasi tidak bisa masuk RKA. Sejak itu, jumlah aplikasi baru turun dan yang dipakai ulang naik.

                Kami bisa berbagi naskah pergub dan formulir permohonan rekomendasinya.
                """),
            new(Singkawang, 44, """
                Singkawang meniru pola Jawa Tengah tahun lalu, dengan satu tambahan: setiap permohonan aplikasi baru wajib menyebut aplikasi sejenis di katalog dan alasan tidak memakainya. Pertanyaan ini saja sudah membuat banyak OPD memilih adopsi.
                """),
            new(Dewi, 60, """
                > setiap permohonan aplikasi baru wajib menyebut aplikasi sejenis di katalog dan alasan tidak memakainya

                Ini akan kami masukkan ke draf Perwal Semarang. Terima kasih, Pak Hendra dan Bu Sri.
                """),
        ]),
    ];
}
