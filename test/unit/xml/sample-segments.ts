import type { InlineCode, Segment } from '../../../shared/model/segment';
import { inlineCodeChar } from '../../../shared/model/segment';

const bold: InlineCode[] = [
  { id: '1', kind: 'open', element: 'b', xml: '<b>', display: '<b>' },
  { id: '1', kind: 'close', element: 'b', xml: '</b>', display: '</b>' },
  { id: '2', kind: 'placeholder', element: 'br', xml: '<br/>', display: '<br/>' },
  { id: '3', kind: 'open', element: 'i', xml: '<i class="x">', display: '<i>' },
];
const [b, eb, br, i] = [0, 1, 2, 3].map(inlineCodeChar) as [string, string, string, string];

/** Segments of a document that did not come from XLIFF/TMX: every status, drafts, codes, exclusions. */
export const SAMPLE_SEGMENTS: readonly Segment[] = [
  {
    id: 'seg-1',
    documentId: 'doc-1',
    index: 0,
    kind: 'title',
    source: 'Laporan Kegiatan Posyandu',
    draft: { text: 'Posyandu Activity Report', origin: 'mt', engine: 'opus-mt-id-en' },
    target: 'Posyandu Activities Report',
    status: 'approved',
    updatedBy: 'Rudi',
    updatedAt: '2026-11-20T03:04:05.678Z',
  },
  {
    id: 'seg-2',
    documentId: 'doc-1',
    index: 1,
    kind: 'paragraph',
    source: `Balita ditimbang ${b}setiap bulan${eb} & diberi vitamin A.${br}`,
    draft: { text: `Toddlers are weighed ${b}every month${eb} & given vitamin A.${br}`, origin: 'human' },
    target: `Toddlers are weighed ${b}monthly${eb} & given vitamin A.${br}`,
    status: 'edited',
    codes: bold,
  },
  {
    id: 'seg-3',
    documentId: 'doc-1',
    index: 2,
    kind: 'paragraph',
    source: `Kader ${i}"sukarela"${'  '}bertugas`,
    draft: null,
    target: '',
    status: 'new',
    codes: bold,
    notes: ['Kader = community health volunteer'],
  },
  {
    id: 'seg 4/<x>',
    documentId: 'doc-1',
    index: 3,
    kind: 'paragraph',
    source: 'Halaman 2 dari 10',
    draft: null,
    target: 'Page 2 of 10',
    status: 'reviewed',
    excluded: { rule: 'page-number', reason: 'page number' },
  },
  {
    id: 'seg-5',
    documentId: 'doc-1',
    index: 4,
    kind: 'paragraph',
    source: 'Jadwal berikutnya diumumkan kemudian.',
    draft: { text: 'Next schedule announced later.', origin: 'tm', matchPercent: 87 },
    target: 'The next schedule will be announced later.',
    status: 'rejected',
  },
  {
    id: 'seg-6',
    documentId: 'doc-1',
    index: 5,
    kind: 'paragraph',
    source: 'Terima kasih.',
    draft: { text: 'Thank you.', origin: 'import' },
    target: 'Thank you.',
    status: 'draft',
  },
];

export const SAMPLE_META = { name: 'laporan <posyandu> & "gizi".docx', sourceLang: 'id-ID', targetLang: 'en_US' };

export const SAMPLE_OPTIONS = {
  commentsOf: (id: string) => (id === 'seg-5' ? [{ author: 'Ayu', text: 'Terlalu harfiah <cek>' }] : []),
  historyOf: (id: string) =>
    id === 'seg-2' ? { createdBy: 'Dewi', createdAt: '2026-11-19T01:00:00Z', changedBy: 'Rudi', changedAt: '2026-11-21T09:30:00Z' } : undefined,
  now: '2026-11-21T12:00:00Z',
};
