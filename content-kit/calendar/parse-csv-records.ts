/** The records of a CSV text, the separator used, and where an unclosed quotation mark began, if one did. */
export interface CsvRecords {
  records: string[][];
  delimiter: string;
  unclosedQuote?: { record: number; cell: number };
}

/** The separator of the first line (outside quotes): the most frequent of `,` `;` tab, `,` on a tie or when none. */
function detectDelimiter(text: string): string {
  const counts = new Map([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/**
 * Splits CSV text into records of cells (RFC 4180, read leniently as spreadsheets write it): a leading byte-order
 * mark is dropped; records end at CRLF, LF or a lone CR; a quoted cell may hold separators, quotes (doubled) and line
 * breaks exactly as written; text after a closing quote is kept; a final line break does not start an empty record.
 * Row numbers are record numbers: a spreadsheet shows one row per record, however many lines a cell spans.
 */
export function parseCsvRecords(input: string, delimiter?: string): CsvRecords {
  const text = input.replace(/^\ufeff/, '');
  const sep = delimiter ?? detectDelimiter(text);
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let atCellStart = true;
  let inQuotes = false;
  let unclosedQuote: CsvRecords['unclosedQuote'];
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else inQuotes = false;
      i++;
    } else if (ch === '"' && atCellStart) {
      inQuotes = true;
      atCellStart = false;
      unclosedQuote = { record: records.length, cell: cells.length };
      i++;
    } else if (ch === sep) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      cells.push(cell);
      records.push(cells);
      cells = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      atCellStart = false;
      i++;
    }
  }
  if (!atCellStart || cells.length || inQuotes) {
    cells.push(cell);
    records.push(cells);
  }
  return inQuotes ? { records, delimiter: sep, unclosedQuote } : { records, delimiter: sep };
}
