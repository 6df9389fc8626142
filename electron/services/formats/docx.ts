/**
 * DOCX reader: mammoth turns the document into clean HTML, which the shared HTML reader cuts
 * into blocks, so Word files and web pages give the same kinds of blocks.
 */
import type Mammoth from 'mammoth';
import type { ImportedDocument } from '../../../shared/model';
import { FormatError } from '../../../shared/model';
import { reason, say } from '../../../shared/messages/text';
import { docxWarnings } from './docx-warnings';
import { readHtml } from '../../../shared/formats/html/html-reader';
import { mammothFile } from './bounded-zip';
import { checkOfficePackage, unpackOfficePackage } from './sniff';

/**
 * Word styles to HTML. The document's Title becomes the only h1 (the title block); Heading 1..6
 * move down a level so they stay headings. Captions keep their own kind.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h4:fresh",
  "p[style-name='heading 3'] => h4:fresh",
  "p[style-name='Heading 4'] => h5:fresh",
  "p[style-name='heading 4'] => h5:fresh",
  "p[style-name='Heading 5'] => h6:fresh",
  "p[style-name='heading 5'] => h6:fresh",
  "p[style-name='Heading 6'] => h6:fresh",
  "p[style-name='heading 6'] => h6:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
  "p[style-name='caption'] => figcaption:fresh",
];

/** Images are not text; an empty src keeps mammoth from inlining them as base64. */
const dropImages = (mammoth: typeof Mammoth) => mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** Reads a .docx file. Throws FormatError for a file that is not a readable Word document. */
export async function readDocx(bytes: Uint8Array): Promise<ImportedDocument> {
  const problem = await checkOfficePackage(bytes, 'docx');
  if (problem) throw new FormatError(problem);
  const { files } = await unpackOfficePackage(bytes, 'docx');
  // Loaded here: commands that read no DOCX never load mammoth.
  const { default: mammoth } = await import('mammoth');
  let result: { value: string; messages: ReadonlyArray<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml(
      // Only the verified parts: mammoth never inflates the package itself.
      { file: mammothFile(files) } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
      { styleMap: STYLE_MAP, convertImage: dropImages(mammoth), ignoreEmptyParagraphs: true },
    );
  } catch (error) {
    throw new FormatError(say('docx.damaged', { detail: reason(error) }));
  }
  // Footnote back-links ("↑") are navigation, not text.
  // Notes are text like any other, not list items of the list mammoth puts them in.
  const html = result.value
    .replace(/<a href="#(?:footnote|endnote)-ref-[^"]*">[^<]*<\/a>/g, '')
    .replace(/<li id="(?:footnote|endnote)-[^"]*">([\s\S]*?)<\/li>/g, '<div>$1</div>');
  const doc = readHtml(html, { format: 'docx' });
  // mammoth's own words are English and about its internals: docxWarnings says what they mean.
  const warnings = [...doc.warnings, ...docxWarnings(result.messages)];
  // The HTML reader's page language does not apply; mammoth writes none.
  return { format: 'docx', blocks: doc.blocks, warnings };
}
