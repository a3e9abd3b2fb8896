import {
  DEFAULT_SETTINGS,
  type JobSettings,
  type MyDefaultSettings,
  myDefaultSettingsSchema,
} from '@quire/protocol';
import type { Database, Transaction } from '../adapters/sqlite/database';

/** Without a row of their own, a person's uploads start from the company's defaults. */
export const COMPANY_DEFAULTS: MyDefaultSettings = Object.freeze({
  copies: DEFAULT_SETTINGS.copies,
  sides: DEFAULT_SETTINGS.sides,
  colorMode: DEFAULT_SETTINGS.colorMode,
});

/** The settings a job uploaded with `defaults` is held with. */
export const jobSettingsOf = (defaults: MyDefaultSettings): JobSettings => ({
  ...DEFAULT_SETTINGS,
  finishings: [],
  ...defaults,
});

/** Each person's default settings for uploads, in `user_job_defaults` (migration 009). */
export class DefaultSettingsStore {
  constructor(private readonly db: Database) {}

  /** The person's defaults; a row an older version wrote that no longer parses counts as none. */
  async of(userId: number): Promise<MyDefaultSettings> {
    const row = await this.db.get<{ settings: string }>(
      'SELECT settings FROM user_job_defaults WHERE user_id = ?',
      [userId],
    );
    if (!row) return COMPANY_DEFAULTS;
    const parsed = myDefaultSettingsSchema.safeParse(JSON.parse(row.settings));
    return parsed.success ? parsed.data : COMPANY_DEFAULTS;
  }

  async set(tx: Transaction, userId: number, settings: MyDefaultSettings, now = Date.now()): Promise<void> {
    await tx.run(
      `INSERT INTO user_job_defaults (user_id, settings, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
      [userId, JSON.stringify(myDefaultSettingsSchema.parse(settings)), now],
    );
  }
}
