import type JSZip from 'jszip';
import { TinjauError } from '../../../shared/api/errors';
import { reason, say } from '../../../shared/messages/text';
import type { Segment } from '../../../shared/model/segment';
import { FormatError } from '../../../shared/model/imported';
import type { ReviewedRow } from '../../../shared/export/review-docx-read';
import { readChangesAuthor, readReviewTable } from '../../../shared/export/review-docx-read';
import type { ReviewDocxMeta } from '../../../shared/export/review-docx-xml';
import { CHANGES_AUTHOR_PROPERTY, changesAuthor, reviewDocumentXml } from '../../../shared/export/review-docx-xml';
import { checkUnpackedSize, UnpackRefusedError, unpackOfficePackage } from '../formats/sniff';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="160"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/></w:style></w:styles>`;

// Track Changes on: what the outside reviewer types is recorded in their name.
const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

/** Names the author of Tinjau's tracked changes, so the re-import tells them from the reviewer's. */
function customXml(meta: ReviewDocxMeta): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${CHANGES_AUTHOR_PROPERTY}"><vt:lpwstr>${esc(changesAuthor(meta))}</vt:lpwstr></property></Properties>`;
}

function coreXml(meta: ReviewDocxMeta): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(`Review: ${meta.document}`)}</dc:title><dc:creator>Tinjau</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${esc(meta.date.replace(/\.\d+Z$/, 'Z'))}</dcterms:created></cp:coreProperties>`;
}

/**
 * The bilingual review DOCX as bytes.
 *
 * Written as WordprocessingML directly rather than through the `docx` library, because the id
 * cells need locked content controls, which that library cannot express. Track Changes is on
 * (`word/settings.xml`), and a custom property names the author of Tinjau's own tracked changes.
 */
export async function buildReviewDocx(meta: ReviewDocxMeta, segments: readonly Segment[]): Promise<Uint8Array> {
  const { default: Zip } = await import('jszip');
  const zip = new Zip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('docProps/core.xml', coreXml(meta));
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('docProps/custom.xml', customXml(meta));
  zip.file('word/styles.xml', STYLES);
  zip.file('word/settings.xml', SETTINGS);
  zip.file('word/document.xml', reviewDocumentXml(meta, segments));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * The reviewed rows of a returned DOCX; anything unreadable is a TinjauError naming the file.
 * Tracked changes by the author the custom property names are Tinjau's own; any other author's
 * are the outside reviewer's.
 */
export async function readReviewDocx(bytes: Uint8Array, fileName: string): Promise<ReviewedRow[]> {
  const { default: Zip } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await Zip.loadAsync(bytes);
  } catch {
    throw new TinjauError('format', say('reviewDocx.notDocx', { file: fileName }));
  }
  const tooLarge = checkUnpackedSize(zip, say('document.kindDocx'));
  if (tooLarge) throw new TinjauError('too-large', say('reviewDocx.refused', { file: fileName, reason: tooLarge }));
  let xml: string | undefined;
  let custom: string | undefined;
  try {
    // Inflated under the running cap: the headers' sizes are not trusted.
    const files = (await unpackOfficePackage(bytes, 'docx')).files;
    const part = files.get('word/document.xml');
    const properties = files.get('docProps/custom.xml');
    xml = part === undefined ? undefined : new TextDecoder().decode(part);
    custom = properties === undefined ? undefined : new TextDecoder().decode(properties);
  } catch (error) {
    if (error instanceof UnpackRefusedError) throw new TinjauError('too-large', say('reviewDocx.refused', { file: fileName, reason: reason(error) }));
    throw new TinjauError('format', say('reviewDocx.notDocx', { file: fileName }));
  }
  if (xml === undefined) throw new TinjauError('format', say('reviewDocx.notWord', { file: fileName }));
  try {
    const ours = custom === undefined ? undefined : readChangesAuthor(custom, CHANGES_AUTHOR_PROPERTY);
    return readReviewTable(xml, ours === undefined ? [] : [ours]);
  } catch (err) {
    if (err instanceof FormatError) throw new TinjauError('format', say('reviewDocx.refused', { file: fileName, reason: reason(err) }));
    throw err;
  }
}
