import { AppError } from '@quire/protocol';
import { type CsvRecord, type LineError, parseCsv } from './csv';

export interface ImportTable {
  /** The accepted header the file starts with. */
  columns: readonly string[];
  rows: CsvRecord[];
  errors: LineError[];
}

/**
 * Parses an import file and checks its header against the accepted ones (PRODUCT.md §9: "header exactly").
 * Problems with the file as a whole (empty, broken or wrong header) are a `bad-request`, since no line of
 * it can be trusted; problems with single lines are returned for the importer's report.
 */
export function readImportTable(text: string, accepted: readonly (readonly string[])[]): ImportTable {
  const { header, rows, errors } = parseCsv(text);
  const expected = accepted.map((h) => `"${h.join(',')}"`).join(' or ');
  if (!header) {
    throw new AppError('bad-request', `The file is empty: it must start with the header ${expected}.`);
  }
  const broken = errors.find((e) => e.line === header.line);
  if (broken) {
    throw new AppError(
      'bad-request',
      `The header on line ${header.line} is not valid CSV (${broken.reason}).`,
    );
  }
  const columns = accepted.find(
    (h) => h.length === header.values.length && h.every((c, k) => c === header.values[k]),
  );
  if (!columns) {
    throw new AppError(
      'bad-request',
      `The header must be exactly ${expected}, but line ${header.line} is "${clip(header.values.join(','))}".`,
    );
  }
  return { columns, rows, errors };
}

/** Keeps a message readable when the wrong file (say, a PDF renamed .csv) was sent. */
export function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}...`;
}
