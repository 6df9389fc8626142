/**
 * The sample project a newcomer sees on first start: a short Indonesian news report written for
 * Tinjau (a made-up city and programme), with a machine-style English draft that has the kind of
 * errors a reviewer catches.
 */
export const SAMPLE_NAME = 'Contoh - Banjir Kota Sukamaju';

export const SAMPLE_SOURCE = `Pemkot Sukamaju Siapkan Rp12,5 Miliar untuk Atasi Banjir

SUKAMAJU - Pemerintah Kota Sukamaju menyiapkan anggaran Rp12,5 miliar untuk memperbaiki saluran air di 14 kelurahan yang paling sering dilanda banjir.

Wali Kota Sukamaju, Ratna Dewi, mengatakan program tersebut akan dimulai pada Senin (2/10/2023) dan ditargetkan selesai dalam enam bulan.

"Kami tidak ingin warga terus menjadi korban setiap musim hujan. Saluran yang tersumbat harus dibersihkan, dan yang rusak harus dibangun ulang," ujarnya di Balai Kota.

Menurut data Badan Penanggulangan Bencana Daerah (BPBD), banjir pada awal tahun ini merendam 2.350 rumah dan memaksa 1.120 warga mengungsi.

Selain memperbaiki saluran, pemerintah kota juga akan bekerja sama dengan perguruan tinggi setempat untuk memasang sensor ketinggian air di sungai-sungai utama.

Sensor tersebut akan mengirimkan peringatan dini melalui pesan singkat kepada warga yang tinggal di bantaran sungai.

Anggota DPRD Sukamaju, Budi Santoso, menyambut baik rencana itu, tetapi meminta agar penggunaan anggaran diawasi secara terbuka.

"Setiap rupiah harus bisa dipertanggungjawabkan. Kami akan memantau pelaksanaannya setiap bulan," katanya.
`;

export const SAMPLE_DRAFT = `Sukamaju City Government Prepares Rp12.5 Billion to Overcome Floods

SUKAMAJU - The Sukamaju City Government is preparing a budget of Rp12.5 billion to repair the drainage channels in 14 sub-districts that are most often hit by flood.

The Mayor of Sukamaju, Ratna Dewi, said the program will start on Monday (2/10/2023) and is targeted to be finished within six months.

"We do not want residents to keep becoming victims every rainy season. Channels that are clogged must be cleaned, and the the damaged ones must be rebuilt," she said at the City Hall.

According to data from the Regional Disaster Management Agency (BPBD), the flood at the beginning of this year submerged 2,350 houses and forced 1,120 residents to evacuate.

Besides repairing the channels, the city government will also work together with local universities to install water level sensors in the main rivers.

The sensors will send early warnings through short messages to residents who live on the river banks.

Member of DPRD Sukamaju, Budi Santoso, welcomed the plan, but asked that the use of the budget is supervised openly.

"Every rupiah must be accountable. We will monitor its implementation every month," he said.
`;
