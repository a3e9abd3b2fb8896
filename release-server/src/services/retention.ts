import { type Retention, retentionSchema } from '@quire/protocol';
import * as z from 'zod/mini';
import type { Database, Transaction } from '../adapters/sqlite/database';
import type { SettingsStore } from '../adapters/sqlite/settings-store';

const KEY = 'retention';
const HOUR_MS = 3600_000;

/** Lifespans as Maintenance uses them. */
export interface Lifespans {
  unprintedLifespanMs: number;
  keptLifespanMs: number;
}

/**
 * PRODUCT.md §4 UnprintedJobsLifespan and PrintAndKeepLifespan as settings an administrator changes at
 * run time (issue 5). Until one is set, the environment's values apply (UNPRINTED_JOBS_LIFESPAN_HOURS,
 * PRINT_AND_KEEP_LIFESPAN_HOURS, config.ts); Maintenance reads them again on every sweep.
 */
export class RetentionService {
  constructor(
    private readonly d: {
      db: Database;
      settings: SettingsStore;
      /** The environment's values, in ms. */
      defaults: Lifespans;
    },
  ) {}

  async get(): Promise<Retention> {
    const stored = await this.d.settings.get(KEY, z.optional(retentionSchema), { value: undefined });
    return (
      stored ?? {
        unprintedJobsLifespanHours: this.d.defaults.unprintedLifespanMs / HOUR_MS,
        printAndKeepLifespanHours: this.d.defaults.keptLifespanMs / HOUR_MS,
      }
    );
  }

  /** Changes the fields given; the other keeps its current value. */
  async update(patch: Partial<Retention>): Promise<Retention> {
    const next = { ...(await this.get()), ...patch };
    return this.d.db.transaction((tx) => this.set(tx, next));
  }

  /** Stores both values, inside a transaction of the caller's (the configuration import). */
  set(tx: Transaction, value: Retention): Promise<Retention> {
    return this.d.settings.set(tx, KEY, retentionSchema, value);
  }

  async lifespans(): Promise<Lifespans> {
    const r = await this.get();
    return {
      unprintedLifespanMs: r.unprintedJobsLifespanHours * HOUR_MS,
      keptLifespanMs: r.printAndKeepLifespanHours * HOUR_MS,
    };
  }
}
