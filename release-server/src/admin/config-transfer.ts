import type { ConfigRefusal } from '@quire/protocol';
import type { Hono } from 'hono';
import type { AppEnv } from '../adapters/http/app-env';
import { ConfigRefused, type ConfigTransfer } from '../services/config-transfer';
import { noteAudit } from './audit';
import { jsonBody } from './body';

/**
 * The whole configuration as one file (issue 5, PRODUCT.md §10):
 *
 * - `GET /config` → ConfigDocument (as a download; secrets left out, and the file says so)
 * - `POST /config/preview` ConfigDocument → 200 ConfigPreview with the diff, or 422 with every problem
 * - `PUT /config` ConfigDocument → ConfigApplyResult, applied all or nothing; 400 ConfigRefusal with
 *   every problem; 409 when a printer the file drops or moves is printing
 */
export function mountConfigTransfer(app: Hono<AppEnv>, config: ConfigTransfer): void {
  app.get('/config', async (c) => {
    const doc = await config.export();
    c.header(
      'content-disposition',
      `attachment; filename="quire-config-${doc.exportedAt?.slice(0, 10)}.json"`,
    );
    return c.json(doc);
  });

  app.post('/config/preview', async (c) => {
    const preview = await config.preview(await jsonBody(c.req));
    return c.json(preview, preview.valid ? 200 : 422);
  });

  app.put('/config', async (c) => {
    try {
      const result = await config.apply(await jsonBody(c.req));
      noteAudit(c, { summary: { changes: result.changes, sections: result.diff.map((d) => d.section) } });
      return c.json(result);
    } catch (error) {
      if (!(error instanceof ConfigRefused)) throw error;
      const body: ConfigRefusal = { ...error.toBody(), errors: error.issues };
      return c.json(body, 400);
    }
  });
}
