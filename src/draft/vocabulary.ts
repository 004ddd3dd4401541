/**
 * Words that tell names apart in Indonesian news: the common nouns institutions are named with (a
 * directorate-general is "Industri Logam, Mesin, Alat Transportasi, dan Elektronika", a person is not),
 * the joining words inside names, and capitalised words that begin sentences or captions but name nothing.
 */

/** Capitalised common nouns of institution names: Kementerian Energi dan Sumber Daya Mineral, Badan Pusat Statistik. */
export const INSTITUTION_WORDS = new Set(
  `Kementerian Kementrian Direktorat Jenderal Sekretariat Inspektorat Badan Dinas Biro Pusat Balai Lembaga Komisi
  Dewan Majelis Pemerintah Provinsi Kabupaten Kota Daerah Negara Republik Nasional Internasional Regional Umum
  Industri Perindustrian Perdagangan Keuangan Investasi Penanaman Modal Koordinasi Koordinator Perekonomian
  Kemaritiman Pertambangan Energi Sumber Daya Mineral Minyak Gas Bumi Batubara Batu Bara Listrik
  Ketenagalistrikan Panas Baru Terbarukan Konservasi Logam Mesin Alat Transportasi Elektronika Elektronik Kimia
  Farmasi Tekstil Agro Hulu Hilir Kecil Menengah Mikro Usaha Milik Ketahanan Perwilayahan Akses Pengembangan
  Pembinaan Pengawasan Pengendalian Pengelolaan Pengolahan Pemurnian Standardisasi Standarisasi Kebijakan
  Jasa Layanan Informasi Komunikasi Informatika Digital Teknologi Riset Inovasi Penelitian Pendidikan
  Kebudayaan Tinggi Kesehatan Sosial Tenaga Kerja Ketenagakerjaan Transmigrasi Desa Tertinggal Pertanian
  Kehutanan Lingkungan Hidup Kelautan Perikanan Perhubungan Pekerjaan Perumahan Rakyat Agraria Tata Ruang
  Pertanahan Pariwisata Ekonomi Kreatif Luar Negeri Dalam Pertahanan Keamanan Hukum Hak Asasi Manusia Agama
  Sekretaris Kabinet Statistik Pangan Obat Makanan Bea Cukai Pajak Anggaran Perbendaharaan Kekayaan
  Perencanaan Pembangunan Kerjasama Kerja Sama Hubungan Promosi Ekspor Impor Metrologi Mutu Produk Bahan
  Baku Otomotif Maritim Dirgantara Manufaktur Pembiayaan Aneka Kerajinan Perbenihan Pemasaran Pelayanan
  Perizinan Terpadu Satu Pintu Administrasi Sumber Insani Aparatur Reformasi Birokrasi Strategis Aset Bidang
  Perusahaan Holding Group Grup Persero Tbk Sarana Prasarana Operasi Operasional Keselamatan Umum Khusus
  Terminal Pelabuhan Kawasan Ekonomi Zona Perseroan Tata Kelola Program Konsumen Persaingan Pengadaan
  Barang Mitra Pelaksana Teknis Utama Bersama Indonesia Nusantara Raya`.split(/\s+/),
);

/** Lowercase words and marks that join the words of one name. */
export const NAME_JOINERS = new Set([
  "dan",
  "serta",
  "&",
  "of",
  "for",
  "and",
  "the",
  "on",
  "de",
  "bin",
  "binti",
  "van",
]);

/** Capitalised words that are not names: sentence openers, pronouns, weekdays, months, captions. */
export const NOT_NAME_WORDS = new Set(
  `Ia Dia Beliau Mereka Kami Kita Saya Anda Namun Tetapi Selain Sementara Menurut Dalam Untuk Dengan Pada Di Ke
  Dari Oleh Karena Hal Ini Itu Tersebut Para Sejumlah Seluruh Semua Bahkan Apalagi Sehingga Jika Kalau Saat
  Ketika Setelah Sebelum Sedangkan Adapun Lebih Juga Pun Terkait Sebagai Yakni Yaitu Senin Selasa Rabu Kamis
  Jumat Sabtu Minggu
  Baca Editor Penulis Laporan Wartawan Foto Ilustrasi Sumber Kiri Kanan Tengah Kedua Ketiga Pertama Net Kemudian
  Adapun Demikian Selanjutnya Sebelumnya Berdasarkan Melalui Terlebih Akan Telah Sudah Masih Bisa Dapat Nomor
  No Tahun Pasal Ayat Bab`.split(/\s+/),
);

/** Months: no name begins with one ("Juni 2021"), though some names hold one ("Putu Juli Ardika"). */
export const MONTHS = new Set(
  "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(" "),
);

/** Honorifics and academic or religious titles that are not part of a person's name. */
export const HONORIFICS =
  /^(?:Bapak|Ibu|Pak|Bu|Sdr|Saudara|Saudari|Tuan|Nyonya|Mr|Mrs|Ms|Dr|Drs|Dra|Ir|Prof|H|Hj|KH|Kyai|Habib)\.?$/;
