/** Translation memories and machine translation. */
import type { MessageTable } from '.';

export const tmMessages = {
  // Translation memory folders
  'tm.noTmInFolder': {
    en: '{path} holds no translation memory; create one there or pick another folder',
    id: '{path} tidak berisi memori terjemahan; buat memori terjemahan di sana atau pilih folder lain',
  },
  'tm.folderNotEmpty': {
    en: '{path} already holds other files; choose an empty or new folder for the translation memory',
    id: '{path} sudah berisi berkas lain; pilih folder kosong atau folder baru untuk memori terjemahan',
  },
  'tm.ownNotDetachable': {
    en: "The project's own translation memory cannot be detached",
    id: 'Memori terjemahan milik proyek ini sendiri tidak dapat dilepaskan',
  },
  'tm.notAttached': {
    en: 'The translation memory {path} is not attached to this project',
    id: 'Memori terjemahan {path} tidak terpasang pada proyek ini',
  },
  'tm.unreachable': {
    en: 'The translation memory in {path} cannot be reached right now; check the shared folder',
    id: 'Memori terjemahan di {path} tidak dapat dijangkau saat ini; periksa folder bersamanya',
  },
  'tm.notWritable': {
    en: 'The translation memory in {path} cannot be written ({reason}); check the folder',
    id: 'Memori terjemahan di {path} tidak dapat ditulisi ({reason}); periksa foldernya',
  },
  /** Several memories failed at once: each failure, one after the other. */
  'tm.failures': { en: '{first}; {next}', id: '{first}; {next}' },
  'tm.importSkipped': {
    en: '{count} unit(s) were already in the TM or had no English',
    id: '{count} unit sudah ada di memori terjemahan atau tidak memiliki terjemahan bahasa Inggris',
  },
  'tm.notTmx': { en: '{file} is not a TMX file Tinjau can read: {reason}', id: '{file} bukan berkas TMX yang dapat dibaca Tinjau: {reason}' },

  // Machine translation engines: settings
  'mt.noEngine': {
    en: 'No machine translation engine "{id}" is set up',
    id: 'Mesin penerjemah "{id}" belum disiapkan',
  },
  'mt.noEngineAddIt': {
    en: 'No machine translation engine "{id}" is set up; add it in the settings',
    id: 'Mesin penerjemah "{id}" belum disiapkan; tambahkan di pengaturan',
  },
  'mt.needsDeeplKey': {
    en: '{engine} needs a DeepL API key; add it in the machine translation settings',
    id: '{engine} memerlukan kunci API DeepL; tambahkan di pengaturan terjemahan mesin',
  },
  'mt.needsModel': {
    en: '{engine} needs a model name (for Ollama, e.g. "llama3.1:8b")',
    id: '{engine} memerlukan nama model (untuk Ollama, misalnya "llama3.1:8b")',
  },
  'mt.testWorks': {
    en: '{engine} works: "Selamat pagi, apa kabar?" → "{translation}"',
    id: '{engine} berfungsi: "Selamat pagi, apa kabar?" → "{translation}"',
  },
  'mt.testCancelled': { en: 'The test was cancelled', id: 'Uji dibatalkan' },

  // Machine translation engines: calls that failed
  'mt.timeout': {
    en: '{engine} did not answer within {seconds} s. A local engine may still be loading its model; try again, or pick a smaller model.',
    id: '{engine} tidak menjawab dalam {seconds} detik. Mesin lokal mungkin masih memuat modelnya; coba lagi, atau pilih model yang lebih kecil.',
  },
  'mt.down': {
    en: '{engine} is not answering at {endpoint}. Check that the engine is running and the address is right ({cause}).',
    id: '{engine} tidak menjawab di {endpoint}. Pastikan mesinnya berjalan dan alamatnya benar ({cause}).',
  },
  'mt.notJson': {
    en: '{engine} answered with something that is not a translation (not JSON). Check that {endpoint} is the right kind of engine.',
    id: '{engine} menjawab dengan sesuatu yang bukan terjemahan (bukan JSON). Pastikan {endpoint} adalah jenis mesin yang tepat.',
  },
  'mt.keyRefused': {
    en: '{engine} refused the API key (HTTP {status}). Check the key in the machine translation settings.',
    id: '{engine} menolak kunci API (HTTP {status}). Periksa kunci itu di pengaturan terjemahan mesin.',
  },
  'mt.noService': {
    en: '{engine} has no translation service at {endpoint} (HTTP {status}). Check the endpoint address.',
    id: '{engine} tidak punya layanan terjemahan di {endpoint} (HTTP {status}). Periksa alamatnya.',
  },
  'mt.quotaUsedUp': {
    en: "{engine}: the account's translation quota is used up (HTTP 456).",
    id: '{engine}: kuota terjemahan akun ini sudah habis (HTTP 456).',
  },
  'mt.tooManyRequests': {
    en: '{engine} is getting too many requests (HTTP 429) and still refused after retrying. Wait a minute, or lower its requests per minute in the settings.',
    id: '{engine} menerima terlalu banyak permintaan (HTTP 429) dan tetap menolak setelah dicoba lagi. Tunggu satu menit, atau turunkan jumlah permintaan per menitnya di pengaturan.',
  },
  'mt.serverError': {
    en: "{engine} had an internal error (HTTP {status}) and still failed after retrying. Try again later or check the engine's own log.",
    id: '{engine} mengalami kesalahan internal (HTTP {status}) dan tetap gagal setelah dicoba lagi. Coba lagi nanti atau periksa log mesin itu sendiri.',
  },
  'mt.rejected': { en: '{engine} rejected the request (HTTP {status}).', id: '{engine} menolak permintaan (HTTP {status}).' },
  /** A refusal above, followed by the engine's own words. */
  'mt.engineSaid': { en: '{problem} The engine said: "{detail}".', id: '{problem} Pesan dari mesin: "{detail}".' },
  'mt.notOnePerSegmentDeepl': {
    en: '{engine} answered without one translation per segment. Is {endpoint} the DeepL API?',
    id: '{engine} tidak menjawab dengan satu terjemahan per segmen. Apakah {endpoint} benar API DeepL?',
  },
  'mt.notOnePerSegmentLibre': {
    en: '{engine} answered without one translation per segment. Is {endpoint} a LibreTranslate server?',
    id: '{engine} tidak menjawab dengan satu terjemahan per segmen. Apakah {endpoint} benar server LibreTranslate?',
  },
  /** An engine failure that was not said by key (the engine's own error). */
  'mt.engineFailed': { en: '{engine} failed: {reason}', id: '{engine} gagal: {reason}' },
  'mt.noChatContent': {
    en: '{engine} answered without a translation (no choices[0].message.content). Is {endpoint} an OpenAI-compatible chat endpoint?',
    id: '{engine} menjawab tanpa terjemahan (tidak ada choices[0].message.content). Apakah {endpoint} benar alamat chat yang kompatibel dengan OpenAI?',
  },
} as const satisfies MessageTable;
