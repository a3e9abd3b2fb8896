import fs from 'node:fs';
import { Readable } from 'node:stream';
import { type DemoUserView, faultBodySchema, type SimPrinterView } from '@quire/protocol';
import { type AppEnv, DIST_DIR, serveFile } from '@quire/release-server';
import type { Context, Hono } from 'hono';
import type { SimPrinter } from '../printer';

export interface SimulatorRoutesDeps {
  printers: readonly SimPrinter[];
  users: readonly DemoUserView[];
  /** Where the built pages are. @default the release server's DIST_DIR */
  distDir?: string;
}

const STATE_WORDS = { 3: 'idle', 4: 'processing', 5: 'stopped' } as const;

/** The kiosk's view of one simulated printer. */
export function printerView(p: SimPrinter): SimPrinterView {
  const status = p.status();
  const o = p.options;
  return {
    name: p.name,
    uri: p.uri,
    state: STATE_WORDS[status.state as 3 | 4 | 5] ?? 'idle',
    reasons: status.reasons.filter((r) => r !== 'none'),
    acceptingJobs: status.acceptingJobs,
    faults: p.faults(),
    capabilities: {
      makeAndModel: o.makeAndModel,
      location: o.location,
      color: o.color,
      duplex: o.duplex,
      finishings: o.finishings.filter((f) => f !== 3),
      copiesMax: o.copiesMax,
      media: [...o.media],
      documentFormats: [...o.documentFormats],
    },
    tray: p.tray(),
  };
}

const fail = (c: Context, status: 400 | 404, code: string, message: string) =>
  c.json({ code, message }, status);

/**
 * The simulator's pages and API on the release server's port (`startServer`'s `extend`): the kiosk
 * page, the printers with their trays and faults, and the demo users for the virtual badge reader.
 */
export function simulatorRoutes(deps: SimulatorRoutesDeps): (app: Hono<AppEnv>) => void {
  const byName = new Map(deps.printers.map((p) => [p.name, p]));
  const dist = deps.distDir ?? DIST_DIR;
  return (app) => {
    const kiosk = (c: Context) => serveFile(c, dist, 'simulator/kiosk/index.html');
    app.get('/kiosk', kiosk);
    app.get('/kiosk/', kiosk);

    app.get('/sim/api/printers', (c) => c.json(deps.printers.map(printerView)));

    app.get('/sim/api/printers/:name', (c) => {
      const printer = byName.get(c.req.param('name'));
      if (!printer)
        return fail(
          c,
          404,
          'unknown-printer',
          `There is no simulated printer "${c.req.param('name').slice(0, 64)}".`,
        );
      return c.json(printerView(printer));
    });

    app.post('/sim/api/printers/:name/faults', async (c) => {
      const printer = byName.get(c.req.param('name'));
      if (!printer)
        return fail(
          c,
          404,
          'unknown-printer',
          `There is no simulated printer "${c.req.param('name').slice(0, 64)}".`,
        );
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return fail(c, 400, 'bad-request', 'The body is not valid JSON.');
      }
      const parsed = faultBodySchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return fail(c, 400, 'bad-request', `${issue.path.join('.') || 'body'}: ${issue.message}`);
      }
      printer.setFault(parsed.data.fault, parsed.data.active);
      return c.json(printerView(printer));
    });

    app.get('/sim/api/printers/:name/tray/:job{[0-9]{1,9}}', (c) => {
      const stored = byName.get(c.req.param('name'))?.document(Number(c.req.param('job')));
      if (!stored) return fail(c, 404, 'not-found', 'That document is not in the tray (any more).');
      const stream = Readable.toWeb(fs.createReadStream(stored.file)) as ReadableStream<Uint8Array>;
      return c.body(stream, 200, {
        'content-type': stored.entry.format,
        'content-length': String(stored.entry.size),
        'x-content-type-options': 'nosniff',
      });
    });

    // Only the fields of the view: a DemoUser passed in by mistake must not leak its password.
    const users = deps.users.map(({ email, shortname, displayName, badge }) => ({
      email,
      shortname,
      displayName,
      badge,
    }));
    app.get('/sim/api/demo', (c) => c.json(users));
  };
}
