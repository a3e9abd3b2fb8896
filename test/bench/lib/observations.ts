/**
 * What the servers said that a benchmark did not ask for: warnings, errors, anything printed outside
 * the log format. Gathered when each server stops, counted by message, and printed under the table.
 */
const seen = new Map<string, number>();

/** Banner and inspector lines every benchmark server prints. */
const EXPECTED = [
  /^Quire release server on /,
  /^ {2}IPP queue: /,
  /^Debugger listening on /,
  /^For help, see: /,
  /^Debugger attached\./,
  /^Debugger ending on /,
  /^Waiting for the debugger to disconnect/,
];
const LOG_LINE = /^\d{4}-\d\d-\d\dT[\d:.]+Z (debug|info |warn |error) (.*)$/;

/** Records every warning, error and unexpected line of one server's output. */
export function observeServerOutput(server: string, output: string): void {
  for (const line of output.split('\n')) {
    if (line.trim() === '' || EXPECTED.some((e) => e.test(line))) continue;
    const m = line.match(LOG_LINE);
    if (m && (m[1] === 'debug' || m[1] === 'info ')) continue;
    // The same event with other jobs or times counts as one observation.
    const text = (m ? `${m[1]!.trim()} ${m[2]}` : line).replace(/\b\d+\b/g, 'N').slice(0, 300);
    const key = `${server}: ${text}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
}

/** Every observation with how often it was seen. */
export function observations(): string[] {
  return [...seen].map(([line, n]) => (n > 1 ? `${line} (x${n})` : line));
}
