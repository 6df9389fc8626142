/**
 * Boilerplate rules: site furniture that no client pays to translate.
 *
 * Rules are data the user edits in settings (JSON-able), matched line by line: 'whole' means the
 * pattern must cover the whole line, 'start' that a line beginning with it is boilerplate to its
 * end ("Baca juga: <any headline>").
 */
export interface BoilerplateRule {
  readonly id: string;
  readonly label: string;
  /** Regular expression source, without slashes. */
  readonly pattern: string;
  /** RegExp flags; only i, m, s and u are kept. */
  readonly flags: string;
  readonly enabled: boolean;
  readonly appliesTo: 'whole' | 'start';
}

const rule = (
  id: string,
  label: string,
  pattern: string,
  appliesTo: 'whole' | 'start',
  flags = 'iu',
): BoilerplateRule => ({ id, label, pattern, flags, enabled: true, appliesTo });

// Indonesian and English news sites (Kompas, ANTARA, Republika, PARBOABOA, Detik, Tempo ...).
export const DEFAULT_BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // Scraped pages sometimes carry a "date 2023-09" stamp in front of the first link.
  rule('read-also', '"Read also" link', String.raw`(?:date\s+\d{4}-\d{2}\s+)?baca\s+juga\b`, 'start'),
  rule('ad-free-offer', 'Ad-free subscription offer', String.raw`baca berita tanpa iklan\b|gabung kompas\.com\+`, 'start'),
  rule('advertisement', 'Advertisement', String.raw`advertisement|iklan|close ads|ads by \S.*`, 'whole'),
  rule('scroll-prompt', '"Scroll to continue" prompt', String.raw`scroll (?:to|untuk) (?:continue|melanjutkan)\b`, 'start'),
  rule(
    'share-login-comment',
    'Share, login or comment control',
    String.raw`(?:bagikan|share)(?: artikel ini| this article| this)?(?: melalui| via)?|login|log in|masuk|daftar|sign in|komentar|tulis komentar|lihat komentar|comments?|salin link|copy link|oke|tutup|close`,
    'whole',
  ),
  rule('login-prompt', 'Login prompt', String.raw`(?:login|masuk) untuk\b`, 'start'),
  // A credit line on its own; a caption that ends with "(Foto: ...)" is content and stays.
  rule('photo-credit', 'Photo credit', String.raw`\(?\s*(?:foto|photo|dok|sumber foto)\s*[:.].*`, 'whole'),
  rule('media-credit', 'Photo credit (MEDIA/NAME)', String.raw`[\p{L}.]+\.(?:com|co\.id|id)\s*/\s*[\p{Lu}\s.'-]+`, 'whole', 'u'),
  rule(
    'byline',
    'Byline (writer, editor, reporter)',
    String.raw`(?:penulis|editor|reporter|rep|red|penerjemah|pewarta|kontributor|writer|author|translator)\s*:`,
    'start',
  ),
  rule('byline-label', 'Byline label', String.raw`penulis|editor|reporter|pewarta`, 'whole'),
  rule('source-credit', 'News agency credit', String.raw`(?:sumber|source)\s*:\s*[\p{L} ,./&-]{1,60}`, 'whole'),
  rule('tags', 'Tag list', String.raw`tags?\s*:`, 'start'),
  rule(
    'section-heading',
    'Site section heading',
    String.raw`liputan khusus|berita lainnya|berita terkait|berita terpopuler|terpopuler|video rekomendasi|video lainnya|rekomendasi untuk anda|pilihan untukmu|lihat juga|topik menarik`,
    'whole',
  ),
  rule(
    'follow-us',
    'Follow-us or app promotion',
    String.raw`(?:dapatkan update berita|ikuti (?:kami|berita|kompas\.com|akun)|follow us|download aplikasi|unduh aplikasi|klik di sini untuk)\b`,
    'start',
  ),
  rule('breaking-news-promo', '"Simak breaking news" promotion', String.raw`simak (?:breaking news|berita)\b`, 'start'),
  rule(
    'related-list',
    'Related-article list entry',
    String.raw`[\p{L}\p{N} .&-]{1,40}\|\s*\d+\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu`,
    'whole',
  ),
  rule(
    'timestamp',
    'Publication date and time',
    String.raw`(?:[\p{L}.+]+\s*[-–,]\s*)?(?:\p{L}+,?\s+)?\d{1,2}(?:[/.-]\d{1,2}[/.-]|\s+\p{L}{3,9}\s+)\d{4},?\s+(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?`,
    'whole',
  ),
  rule('copyright', 'Copyright notice', String.raw`(?:copyright|hak cipta|©)`, 'start'),
];
