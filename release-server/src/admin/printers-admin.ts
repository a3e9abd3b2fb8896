import { updatePrinterBodySchema } from '@quire/protocol';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../adapters/http/app-env';
import type { PrinterAdminService } from '../services/printer-admin';
import { noteAudit } from './audit';
import { jsonBody, parseBody } from './body';

/**
 * Printers beyond adding them (issue 5):
 *
 * - `PUT /printers/:name` UpdatePrinterBody → PrinterRecord (capabilities read again from the printer)
 * - `DELETE /printers/:name` → 204; 409 while a release to it is under way
 * - `POST /printers/:name/test-page` → TestPageResult, or the printer's error in words
 */
export function mountPrinterAdmin(app: Hono<AppEnv>, printers: PrinterAdminService): void {
  app.put('/printers/:name', async (c) => {
    const { uri } = parseBody(updatePrinterBodySchema, await jsonBody(c.req));
    return c.json(await printers.update(c.req.param('name'), uri));
  });

  app.delete('/printers/:name', async (c) => {
    await printers.remove(c.req.param('name'));
    return c.body(null, 204);
  });

  app.post('/printers/:name/test-page', async (c) => {
    const result = await printers.testPage(c.req.param('name'), serverName(c));
    noteAudit(c, { summary: { printerJobId: result.printerJobId } });
    return c.json(result);
  });
}

/** The server as the person who asked reached it: the Host header when it is a plain host[:port]. */
function serverName(c: Context<AppEnv>): string {
  const host = c.req.header('host') ?? '';
  return /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)
    ? `Quire at ${host}`
    : 'Quire';
}
