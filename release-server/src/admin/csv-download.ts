import type { Context } from 'hono';
import { BOM, type CsvCell, csvLines } from '../domain/csv-write';

/** CSV rows, fetched a page at a time. */
export type CsvPages = AsyncIterable<readonly (readonly CsvCell[])[]>;

/**
 * A CSV download (UTF-8 with a BOM, CRLF lines) streamed page by page, so an export of any size holds
 * one page in memory and starts arriving at once. A failure half-way aborts the response: the file is
 * whole or visibly broken, never silently short.
 */
export function csvDownload(
  c: Context,
  filename: string,
  header: readonly string[],
  pages: CsvPages,
): Response {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${BOM}${csvLines([header])}`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvLines(next.value)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return c.body(body, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
  });
}

/** Rows already in hand, as pages. */
export async function* onePage<T>(rows: readonly T[]): AsyncGenerator<readonly T[]> {
  yield rows;
}

/** Each page's items through `f`. */
export async function* mapPages<T, U>(
  pages: AsyncIterable<readonly T[]>,
  f: (item: T) => U,
): AsyncGenerator<U[]> {
  for await (const page of pages) yield page.map(f);
}
