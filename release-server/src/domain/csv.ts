/** One CSV record: its values and the physical line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  values: string[];
}

/** A problem with one line of an import file, as the admin sees it in the report. */
export interface LineError {
  line: number;
  reason: string;
}

export interface CsvTable {
  /** The first non-blank record; `undefined` when the file holds no data at all. */
  header: CsvRecord | undefined;
  /** Records after the header that parsed cleanly and have as many values as the header. */
  rows: CsvRecord[];
  /** One entry per record that did not, in file order; a header problem is on the header's line. */
  errors: LineError[];
}

interface Scanned extends CsvRecord {
  error?: string;
  /** Nothing on the line at all (or only spaces): carries no data, so it is skipped. */
  blank: boolean;
}

const BOM = '\uFEFF';

/**
 * Parses CSV as RFC 4180 describes it, and as spreadsheets write it: values separated by commas, records
 * by CRLF or LF; a value in double quotes may hold commas, line breaks and doubled quotes (`""` is one `"`).
 * A leading UTF-8 byte-order mark is dropped. Blank lines are skipped wherever they are, since they carry
 * no data (a spreadsheet's empty row is `,,,` and is reported by the importer). Line numbers are physical,
 * so a record with a quoted line break moves every later line number on, as in a text editor.
 */
export function parseCsv(text: string): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  let header: CsvRecord | undefined;
  let headerBroken = false;
  const rows: CsvRecord[] = [];
  const errors: LineError[] = [];
  for (const record of scan(body)) {
    if (record.blank) continue;
    const { line, values } = record;
    if (record.error !== undefined) errors.push({ line, reason: record.error });
    if (!header) {
      header = { line, values };
      headerBroken = record.error !== undefined;
    } else if (record.error === undefined && !headerBroken) {
      if (values.length === header.values.length) rows.push({ line, values });
      else errors.push({ line, reason: `expected ${header.values.length} values, found ${values.length}` });
    }
  }
  return { header, rows, errors };
}

function* scan(text: string): Generator<Scanned> {
  const end = text.length;
  let i = 0;
  let line = 1;
  while (i < end) {
    const start = line;
    const values: string[] = [];
    let quoted = false;
    let error: string | undefined;
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        quoted = true;
        const read = readQuoted(text, i + 1);
        if (!read) {
          yield {
            line: start,
            values,
            blank: false,
            error: 'unterminated quoted value: a " in this record is never closed',
          };
          return;
        }
        value = read.value;
        line += count(value, '\n');
        i = read.next;
        if (i < end && text[i] !== ',' && !atLineEnd(text, i)) {
          // `"ab"c`: RFC 4180 has no meaning for it; refuse rather than guess what was meant.
          error ??= 'a closing quote must be followed by a comma or the end of the line';
          const stop = fieldEnd(text, i);
          value += text.slice(i, stop);
          i = stop;
        }
      } else {
        const stop = fieldEnd(text, i);
        value = text.slice(i, stop);
        i = stop;
      }
      values.push(value);
      if (text[i] !== ',') break;
      i++;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') {
      i++;
      line++;
    }
    const blank = !quoted && values.length === 1 && values[0]!.trim() === '';
    yield { line: start, values, blank, ...(error !== undefined && { error }) };
  }
}

/** Reads a quoted value whose opening quote is just before `from`; `undefined` when it never closes. */
function readQuoted(text: string, from: number): { value: string; next: number } | undefined {
  let value = '';
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return undefined;
    value += text.slice(at, quote);
    if (text[quote + 1] !== '"') return { value, next: quote + 1 };
    value += '"';
    at = quote + 2;
  }
}

/** Index of the comma or line end that ends an unquoted value starting at `from`. */
function fieldEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== ',' && !atLineEnd(text, i)) i++;
  return i;
}

/** LF or CRLF; a lone CR is data (old Mac files are not supported, and it is trimmed from values anyway). */
function atLineEnd(text: string, i: number): boolean {
  return text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n');
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
