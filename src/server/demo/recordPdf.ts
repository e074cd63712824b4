import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';

export interface RecordSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly table?: { readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] };
}

export interface ClinicalRecord {
  readonly institution: string;
  readonly title: string;
  readonly patient: { readonly name: string; readonly birthDate: string; readonly mrn: string };
  /** YYYY-MM-DD */
  readonly date: string;
  readonly author: string;
  readonly sections: readonly RecordSection[];
}

const page = { width: 612, height: 792, margin: 54 };
const headerHeight = 78;
const footerHeight = 36;
const bodySize = 10;
const lineHeight = 14;

/**
 * A clinical document as a real multi-page PDF: a header band with the
 * institution, title and patient identifiers on every page, headed sections
 * of wrapped text and tables, and "Page n of N".
 */
export async function renderClinicalPdf(record: ClinicalRecord): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(record.title);
  pdf.setAuthor(record.author);
  pdf.setCreator('Review Workstation demo data');
  pdf.setProducer('Review Workstation');
  // Dated by the record, not the clock: the same demo data gives the same bytes.
  pdf.setCreationDate(new Date(`${record.date}T12:00:00Z`));
  pdf.setModificationDate(new Date(`${record.date}T12:00:00Z`));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = page.width - 2 * page.margin;

  let current = pdf.addPage([page.width, page.height]);
  let y = page.height - page.margin - headerHeight;
  const bottom = page.margin + footerHeight;
  const ensure = (height: number) => {
    if (y - height >= bottom) return;
    current = pdf.addPage([page.width, page.height]);
    y = page.height - page.margin - headerHeight;
  };
  const line = (text: string, font: PDFFont, size: number, x = page.margin) => {
    ensure(lineHeight);
    current.drawText(text, { x, y: y - size, size, font, color: rgb(0.1, 0.1, 0.12) });
    y -= lineHeight;
  };

  for (const section of record.sections) {
    ensure(lineHeight * 3);
    y -= 6;
    line(section.heading.toUpperCase(), bold, 10.5);
    for (const paragraph of section.paragraphs) {
      for (const wrapped of wrap(paragraph, regular, bodySize, width)) line(wrapped, regular, bodySize);
      y -= 4;
    }
    if (section.table) y = drawTable(section.table, { pdf, regular, bold, width, getPage: () => current, y, ensure: (h) => { ensure(h); return y; }, setY: (v) => (y = v) });
  }
  ensure(lineHeight * 3);
  y -= 10;
  line(`Electronically signed: ${record.author}, ${record.date}`, regular, 9);

  const pages = pdf.getPages();
  pages.forEach((p, index) => drawFrame(p, record, { regular, bold, index, count: pages.length }));
  return { bytes: await pdf.save(), pageCount: pages.length };
}

function drawFrame(target: PDFPage, record: ClinicalRecord, f: { regular: PDFFont; bold: PDFFont; index: number; count: number }) {
  const top = page.height - page.margin;
  const ink = rgb(0.1, 0.1, 0.12);
  target.drawRectangle({ x: page.margin, y: top - 4, width: page.width - 2 * page.margin, height: 4, color: rgb(0.16, 0.35, 0.5) });
  target.drawText(record.institution, { x: page.margin, y: top - 20, size: 10, font: f.bold, color: rgb(0.16, 0.35, 0.5) });
  target.drawText(record.title, { x: page.margin, y: top - 40, size: 14, font: f.bold, color: ink });
  const ids = `Patient: ${record.patient.name}    DOB: ${record.patient.birthDate}    MRN: ${record.patient.mrn}    Date: ${record.date}`;
  target.drawText(ids, { x: page.margin, y: top - 58, size: 9, font: f.regular, color: ink });
  target.drawLine({ start: { x: page.margin, y: top - 66 }, end: { x: page.width - page.margin, y: top - 66 }, thickness: 0.7, color: rgb(0.5, 0.5, 0.55) });
  const footer = `Page ${f.index + 1} of ${f.count}`;
  target.drawText(footer, { x: page.width - page.margin - f.regular.widthOfTextAtSize(footer, 8), y: page.margin, size: 8, font: f.regular, color: ink });
  target.drawText('Synthetic record generated for demonstration. Not a real patient.', { x: page.margin, y: page.margin, size: 8, font: f.regular, color: rgb(0.45, 0.45, 0.5) });
}

function drawTable(
  table: NonNullable<RecordSection['table']>,
  c: { pdf: PDFDocument; regular: PDFFont; bold: PDFFont; width: number; getPage: () => PDFPage; y: number; ensure: (h: number) => number; setY: (y: number) => void },
): number {
  const columnWidth = c.width / table.columns.length;
  let y = c.ensure(lineHeight * 2);
  const row = (cells: readonly string[], font: PDFFont, shade: boolean) => {
    y = c.ensure(lineHeight + 2);
    const target = c.getPage();
    if (shade) target.drawRectangle({ x: page.margin, y: y - lineHeight + 1, width: c.width, height: lineHeight, color: rgb(0.92, 0.94, 0.96) });
    cells.forEach((cell, i) => {
      const text = truncate(cell, font, 9, columnWidth - 6);
      target.drawText(text, { x: page.margin + i * columnWidth + 3, y: y - 10, size: 9, font, color: rgb(0.1, 0.1, 0.12) });
    });
    y -= lineHeight;
    c.setY(y);
  };
  row(table.columns, c.bold, true);
  table.rows.forEach((cells, i) => row(cells, c.regular, i % 2 === 1));
  return y - 6;
}

export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function truncate(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}...`, size) > width) cut = cut.slice(0, -1);
  return `${cut}...`;
}
