namespace Marketplace.Web.Features.Demo;

/// <summary>Pokja Data dan Informasi: Satu Data Indonesia (Perpres 39/2019) with its walidata, metadata and interoperability.</summary>
internal static partial class DemoForumData
{
    private static DemoThread[] Data =>
    [
        new("pokja-data-dan-informasi", "Satu Data Indonesia di daerah: peran walidata, metadata, dan interoperabilitas", "satu-data, walidata, metadata, interoperabilitas", 30,
        [
            new(Lina, 0, """
                Perpres 39/2019 tentang Satu Data Indonesia menetapkan empat prinsip: data mengikuti **standar data**, memiliki **metadata**, memenuhi kaidah **interoperabilitas**, dan memakai **kode referensi** serta data induk. Di daerah, pelaksananya adalah walidata (biasanya Diskominfo) bersama produsen data di setiap OPD, dengan BPS sebagai pembina data statistik.

                Di Singkawang, masalah kami bukan kekurangan data, tetapi data yang sama dengan angka berbeda. Jumlah penduduk miskin di dokumen Dinas Sosial berbeda dengan angka di Bappeda, karena sumber dan tanggal ambilnya berbeda dan tidak ada yang mencatatnya.

                Yang sedang kami coba:

                - Setiap dataset wajib punya metadata minimum: definisi, satuan, sumber, tanggal pemutakhiran, dan produsen data.
                - Walidata hanya menerbitkan dataset yang metadatanya lengkap.
                - Forum Satu Data daerah bertemu setiap triwulan untuk memutuskan angka mana yang dipakai bila ada perbedaan.

                Bagaimana daerah lain membagi peran walidata dan produsen data? Dan bagaimana Anda memastikan OPD benar-benar mengisi metadata?
                """),
            new(Semarang, 16, """
                Semarang membangun portal **Satu Data Kota Semarang** (ada di katalog) justru untuk menjawab masalah yang sama. Yang paling membantu adalah membuat metadata menjadi bagian dari formulir unggah: dataset tidak bisa disimpan tanpa definisi, satuan, dan periode. OPD awalnya mengeluh, tetapi setelah tiga bulan mengisi metadata menjadi kebiasaan.

                Soal peran: walidata di Diskominfo, sedangkan setiap OPD menunjuk satu **walidata pendukung** yang memeriksa data sebelum dikirim. Tanpa orang di OPD, walidata pusat kewalahan.
                """),
            new(JawaTengah, 30, """
                Di tingkat provinsi, tantangannya adalah interoperabilitas antara portal provinsi dan portal kabupaten/kota. Kami sepakati tiga hal:

                1. Kode wilayah mengikuti kode Kemendagri, bukan kode buatan sendiri.
                2. Pertukaran data lewat API dengan format yang sama, disalurkan melalui SPLP.
                3. Setiap dataset punya satu produsen; portal lain hanya menautkan, tidak menyalin.

                Poin ketiga yang paling sulit dijalankan, karena banyak OPD merasa lebih aman menyimpan salinan sendiri.
                """),
            new(Lina, 40, """
                > Setiap dataset punya satu produsen; portal lain hanya menautkan, tidak menyalin.

                Ini persis akar masalah angka ganda di Singkawang. Bu Sri, apakah provinsi punya daftar dataset prioritas yang sudah disepakati produsennya? Kami ingin mulai dari daftar yang sama supaya tidak mengulang perdebatan.
                """),
            new(Palembang, 55, """
                Palembang menambahkan satu pengalaman: metadata yang lengkap belum tentu benar. Kami pernah menerbitkan dataset dengan tanggal pemutakhiran yang ternyata tanggal unggah, bukan tanggal data diambil. Sekarang walidata memeriksa sampel dataset setiap bulan dan hasilnya dilaporkan di forum Satu Data.
                """),
            new(Kurator, 72, """
                Terima kasih, ini bahan yang baik untuk rekomendasi pokja. @lina.marlina, mohon dirangkum: metadata minimum yang disepakati, pembagian peran walidata dan walidata pendukung, serta aturan "satu dataset satu produsen". Bila sudah siap, kita bahas sebagai draf rekomendasi di papan ini.
                """),
        ]),

        new("pokja-data-dan-informasi", "Format metadata dataset sektoral: cukup tabel isian atau perlu standar DCAT?", "metadata, dcat", 8,
        [
            new(Semarang, 0, """
                Portal Satu Data Semarang sekarang memakai tabel isian metadata buatan sendiri. Kami mendapat masukan agar memakai standar internasional seperti **DCAT** supaya bisa dipanen otomatis oleh portal nasional. Apakah ada daerah yang sudah memakainya, dan seberapa berat perubahannya bagi OPD?
                """),
            new(Lina, 12, """
                Singkawang belum memakai DCAT, tetapi kami memetakan kolom isian kami ke istilah DCAT (judul, deskripsi, penerbit, tanggal, lisensi). OPD tetap mengisi formulir yang sama; pemetaan ke DCAT dilakukan oleh portal. Jadi bebannya ada di pengembang, bukan di OPD.
                """),
            new(JawaTengah, 26, """
                Setuju dengan Bu Lina. Di provinsi kami juga begitu: OPD tidak perlu tahu DCAT. Yang penting kolom wajibnya sama dengan yang diminta portal nasional, supaya tidak ada isian ganda.
                """),
        ]),
    ];
}
