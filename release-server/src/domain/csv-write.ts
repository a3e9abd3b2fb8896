export type CsvCell = string | number | boolean | null;

/** UTF-8 byte-order mark: without it Excel reads a UTF-8 file as the local code page and breaks accents. */
export const BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe:
 * job names come from whoever printed, and must not become formulas on an administrator's machine
 * (OWASP "CSV injection").
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV lines, each ended by CRLF. */
export function csvLines(rows: readonly (readonly CsvCell[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(csvCell).join(',')}\r\n`;
  return out;
}

/** A whole CSV document for Excel and everyone else: BOM, header row, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `${BOM}${csvLines([header, ...rows])}`;
}
