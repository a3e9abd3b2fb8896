import {
  AppError,
  badgeReaderSchema,
  type PrinterPanelSettings,
  policiesSchema,
  printerPanelSettingsSchema,
} from '@quire/protocol';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import type { Database } from '../adapters/sqlite/database';
import type { PrinterStore } from '../adapters/sqlite/printer-store';
import { displayNameOf, type UserStore } from '../adapters/sqlite/user-store';
import type { PanelSettingsService } from '../services/panel-settings';
import { jsonBody, parseBody } from './body';

export interface PanelAdminDeps {
  db: Database;
  users: UserStore;
  printers: PrinterStore;
  settings: PanelSettingsService;
}

const delegatesBodySchema = z.strictObject({
  delegates: z.array(z.string().check(z.maxLength(254))).check(z.maxLength(100)),
});

/**
 * Company policies, the badge reader, each printer's panel, and who may release whose jobs:
 * `GET|PUT /policies`, `GET|PUT /badge-reader`, `GET|PUT /printers/:name/panel`,
 * `GET|PUT /users/:email/delegates`. A PUT changes only the fields it names.
 */
export function mountPanelSettings(app: Hono, d: PanelAdminDeps): void {
  app.get('/policies', async (c) => c.json(await d.settings.policies()));
  app.put('/policies', async (c) => {
    const patch = parseBody(z.partial(policiesSchema), await jsonBody(c.req));
    return c.json(await d.settings.updatePolicies(patch));
  });

  app.get('/badge-reader', async (c) => c.json(await d.settings.badgeReader()));
  app.put('/badge-reader', async (c) => {
    const patch = parseBody(z.partial(badgeReaderSchema), await jsonBody(c.req));
    return c.json(await d.settings.updateBadgeReader(patch));
  });

  const printerNamed = async (name: string) => {
    const printer = await d.printers.byName(name);
    if (!printer) throw new AppError('unknown-printer', `No printer is registered under the name "${name}".`);
    return printer;
  };
  app.get('/printers/:name/panel', async (c) => c.json((await printerNamed(c.req.param('name'))).panel));
  app.put('/printers/:name/panel', async (c) => {
    const printer = await printerNamed(c.req.param('name'));
    const patch: Partial<PrinterPanelSettings> = parseBody(
      z.partial(printerPanelSettingsSchema),
      await jsonBody(c.req),
    );
    return c.json(await d.settings.updatePrinterPanel(printer, patch));
  });

  const userNamed = async (email: string) => {
    const user = await d.users.findByName(email);
    if (!user) throw new AppError('not-found', `There is no user ${email}.`);
    return user;
  };
  const view = (u: { email: string } & Parameters<typeof displayNameOf>[0]) => ({
    email: u.email,
    displayName: displayNameOf(u),
  });
  app.get('/users/:email/delegates', async (c) => {
    const user = await userNamed(c.req.param('email'));
    return c.json((await d.users.delegatesOf(user.id)).map(view));
  });
  app.put('/users/:email/delegates', async (c) => {
    const user = await userNamed(c.req.param('email'));
    const { delegates } = parseBody(delegatesBodySchema, await jsonBody(c.req));
    const ids: number[] = [];
    for (const email of delegates) {
      const delegate = await d.users.findByName(email);
      if (!delegate) throw new AppError('bad-request', `delegates: there is no user ${email}.`);
      if (delegate.id === user.id)
        throw new AppError('bad-request', 'delegates: a user cannot be their own delegate.');
      ids.push(delegate.id);
    }
    await d.db.transaction((tx) => d.users.setDelegates(tx, user.id, ids));
    return c.json((await d.users.delegatesOf(user.id)).map(view));
  });
}
