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
    return schema.parse(row ? JSON.parse(row.value) : missing.value);
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
