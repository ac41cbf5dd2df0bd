/**
 * Turns the fresh set's DOCX markup (test/fixtures/fresh-sections/README.md) into a real .docx with the
 * `docx` package (a devDependency), so the evaluation reads it through the same worker and mammoth as a
 * user's upload. Never used at run time.
 */
import { Document, HeadingLevel, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

function runs(text: string, bold: boolean): TextRun[] {
  const children: (string | Tab)[] = [];
  text.split('⇥').forEach((piece, i) => {
    if (i > 0) children.push(new Tab());
    if (piece.length > 0) children.push(piece);
  });
  return [new TextRun({ children, bold })];
}

function paragraph(line: string): Paragraph {
  if (line.startsWith('## '))
    return new Paragraph({ children: runs(line.slice(3), false), heading: HeadingLevel.HEADING_2 });
  if (line.startsWith('# '))
    return new Paragraph({ children: runs(line.slice(2), false), heading: HeadingLevel.HEADING_1 });
  if (line.startsWith('- ')) return new Paragraph({ children: runs(line.slice(2), false), bullet: { level: 0 } });
  const bold = /^\*\*(.+)\*\*$/u.exec(line);
  if (bold) return new Paragraph({ children: runs(bold[1]!, true) });
  return new Paragraph({ children: runs(line, false) });
}

/** Markup lines → .docx bytes. */
export async function markupToDocx(markup: string): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [];
  let cells: Paragraph[][] | null = null;
  for (const raw of markup.split('\n')) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (line === ':::end') {
      if (cells !== null) {
        const width = Math.floor(100 / cells.length);
        const row = new TableRow({
          children: cells.map(
            (c) => new TableCell({ children: c, width: { size: width, type: WidthType.PERCENTAGE } }),
          ),
        });
        body.push(new Table({ rows: [row], width: { size: 100, type: WidthType.PERCENTAGE } }));
      }
      cells = null;
    } else if (line === ':::') {
      cells ??= [];
      cells.push([]);
    } else if (cells !== null) {
      cells[cells.length - 1]!.push(paragraph(line));
    } else {
      body.push(paragraph(line));
    }
  }
  const doc = new Document({ sections: [{ children: body }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
