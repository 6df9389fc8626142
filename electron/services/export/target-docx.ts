import type { TargetBlock } from '../../../shared/export/target-document';

/**
 * The clean English document as DOCX: the title in Word's Title style, headings as Heading 1,
 * list items as bullets, captions in italics, everything else as Normal paragraphs.
 */
export async function buildTargetDocx(blocks: readonly TargetBlock[], title: string): Promise<Uint8Array> {
  // Loaded here: commands that write no DOCX never load the library.
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const children = blocks.map((b) => {
    const lines = b.text.split('\n');
    const runs = lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...(b.kind === 'caption' ? { italics: true } : {}) }));
    if (b.kind === 'title') return new Paragraph({ heading: HeadingLevel.TITLE, children: runs });
    if (b.kind === 'heading') return new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs });
    if (b.kind === 'list-item') return new Paragraph({ bullet: { level: 0 }, children: runs });
    return new Paragraph({ children: runs });
  });
  const doc = new Document({ creator: 'Tinjau', title, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
