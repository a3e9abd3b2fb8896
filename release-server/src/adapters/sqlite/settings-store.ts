import type * as z from 'zod/mini';
import type { Database, Transaction } from './database';

/**
 * Server-wide settings, one JSON document per key, each validated by its protocol schema on the way in
 * and out (a document written by an older version gets the newer defaults when read).
 */
export class SettingsStore {
  constructor(private readonly db: Database) {}

  /**
   * The setting, or what `schema` makes of `missing.value` when it was never set: `{}` (the default) for
   * a group of fields with their own defaults, `undefined` for a schema with a default of its own.
   */
  async get<T>(
    key: string,
    schema: z.ZodMiniType<T>,
    missing: { value: unknown } = { value: {} },
  ): Promise<T> {
    const row = await this.db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key]);
    return parseSetting(row?.value, schema, missing);
  }

  /**
   * Several settings read in one query (one snapshot, one trip to the database, as a release needs
   * them all at once), by key, as they are stored; `parseSetting` makes each what `get` would.
   */
  async read(keys: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.all<{ key: string; value: string }>(
      `SELECT key, value FROM settings WHERE key IN (${keys.map(() => '?').join(', ')})`,
      keys,
    );
    return new Map(rows.map((row) => [row.key, row.value]));
  }

  async set<T>(tx: Transaction, key: string, schema: z.ZodMiniType<T>, value: unknown): Promise<T> {
    const parsed = schema.parse(value);
    await tx.run(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [key, JSON.stringify(parsed), Date.now()],
    );
    return parsed;
  }
}

/** A stored setting (or its absence) as its schema makes it; see {@link SettingsStore.get}. */
export function parseSetting<T>(
  stored: string | undefined,
  schema: z.ZodMiniType<T>,
  missing: { value: unknown } = { value: {} },
): T {
  return schema.parse(stored === undefined ? missing.value : JSON.parse(stored));
}
