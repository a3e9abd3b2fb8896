import fs from 'node:fs/promises';
import path from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves one file of the built front end. `relative` comes from the URL: it is resolved inside `root`
 * and refused if it escapes. Hashed assets are cached for a year; HTML is revalidated every time.
 */
export async function serveFile(c: Context, root: string, relative: string): Promise<Response> {
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root) + path.sep)) return c.text('Not found', 404);
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    if (relative.endsWith('.html')) {
      return c.text('The front end is not built. Run `npm run build` (npm start does it for you).', 503);
    }
    return c.text('Not found', 404);
  }
  const ext = path.extname(file);
  return c.body(new Uint8Array(body), 200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
}
