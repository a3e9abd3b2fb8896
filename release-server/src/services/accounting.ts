import {
  type ErrorBody,
  type JobSettings,
  type PriceList,
  priceListSchema,
  type QuotaAssignment,
  type QuotaDefinition,
  type QuotaPolicy,
  type QuotaView,
  quotaAssignmentsSchema,
  quotaDefinitionsSchema,
  quotaPolicySchema,
} from '@quire/protocol';
import * as z from 'zod/mini';
import type { AccountingStore } from '../adapters/sqlite/accounting-store';
import type { Database, Queryable, Transaction } from '../adapters/sqlite/database';
import type { HistoryKind } from '../adapters/sqlite/history-sql';
import type { JobRecord } from '../adapters/sqlite/job-store';
import type { PrinterRecordRow } from '../adapters/sqlite/printer-store';
import { parseSetting, type SettingsStore } from '../adapters/sqlite/settings-store';
import { displayNameOf, type UserRecord, type UserStore } from '../adapters/sqlite/user-store';
import { resolveQuota } from '../domain/accounting/assignment';
import { type Charge, chargeForPrinted } from '../domain/accounting/charge';
import { countJob } from '../domain/accounting/counting';
import { type Decision, decide } from '../domain/accounting/decide';
import { periodKey } from '../domain/accounting/period';
import { quotaLeft } from '../domain/accounting/quota-left';
import { reasonCode } from '../domain/accounting/reasons';
import { unreachable } from '../domain/job-state';
import { figuresAt, quotaLeftView } from './accounting-figures';

/** No prices configured: every job costs nothing (cost calculation off, PRODUCT.md §10). */
const FREE: PriceList = {
  currency: 'EUR',
  countBy: 'impression',
  pricing: { kind: 'flat', mono: '0', color: '0' },
  models: [],
};

const KEYS = {
  prices: 'prices',
  definitions: 'quota-definitions',
  assignments: 'quota-assignments',
  policy: 'quota-policy',
} as const;

/** A setting never written: the schema's own default applies. */
const NOTHING = { value: undefined };

const stored = {
  prices: z._default(priceListSchema, FREE),
  definitions: z._default(quotaDefinitionsSchema, []),
  assignments: z._default(quotaAssignmentsSchema, []),
  policy: quotaPolicySchema,
};

export interface AccountingConfig {
  prices: PriceList;
  definitions: QuotaDefinition[];
  assignments: QuotaAssignment[];
  policy: QuotaPolicy;
}

export type ReleaseDecision =
  | { ok: true; charge: Charge; period: string; currency: string }
  | { ok: false; error: ErrorBody; offerMono: boolean };

/**
 * Quotas, prices and the accounting history at the boundary of the release service (PRODUCT.md §7-§8):
 * the decision and reservation happen inside the release's own transaction, so two releases at the
 * same moment see each other's reservations; the charge is committed when the printer says the job is
 * complete and given back when it is not printed.
 */
export class AccountingService {
  constructor(
    private readonly d: { db: Database; store: AccountingStore; settings: SettingsStore; users: UserStore },
  ) {}

  async config(): Promise<AccountingConfig> {
    const rows = await this.d.settings.read(Object.values(KEYS));
    return {
      prices: parseSetting(rows.get(KEYS.prices), stored.prices, NOTHING),
      definitions: parseSetting(rows.get(KEYS.definitions), stored.definitions, NOTHING),
      assignments: parseSetting(rows.get(KEYS.assignments), stored.assignments, NOTHING),
      policy: parseSetting(rows.get(KEYS.policy), stored.policy),
    };
  }

  /**
   * Decides whether `owner` may print `job` with `settings` (already fitted to `printer`) now, and what it
   * costs; `q` is the release's transaction.
   */
  async decide(
    q: Queryable,
    config: AccountingConfig,
    job: JobRecord,
    owner: UserRecord,
    printer: PrinterRecordRow,
    settings: JobSettings,
    now = new Date(),
  ): Promise<ReleaseDecision> {
    const period = periodKey(now, config.policy.timeZone);
    const resolved = resolveQuota(config.policy.mode, config.assignments, config.definitions, owner);
    const decision: Decision = decide({
      pages: job.pages,
      settings,
      makeAndModel: printer.capabilities.makeAndModel,
      prices: config.prices,
      quota: resolved?.definition ?? null,
      period,
      usage: await this.d.store.usage(q, owner.id, period, config.prices.currency),
      offerMono: config.policy.offerMono,
    });
    switch (decision.outcome) {
      case 'allowed':
        return { ok: true, charge: decision.charge, period, currency: config.prices.currency };
      case 'allowed-if-mono':
        return {
          ok: false,
          error: { code: reasonCode(decision.reason), message: decision.words },
          offerMono: true,
        };
      case 'refused':
        return {
          ok: false,
          error: { code: reasonCode(decision.reason), message: decision.words },
          offerMono: false,
        };
      default:
        return unreachable(decision satisfies never);
    }
  }

  async reserve(
    tx: Transaction,
    releaseId: string,
    job: JobRecord,
    userId: number,
    allowed: ReleaseDecision & { ok: true },
  ) {
    const { charge, period, currency } = allowed;
    await this.d.store.reserve(tx, {
      releaseId,
      jobId: job.id,
      userId,
      period,
      colorMode: charge.colorMode,
      chargedImpressions: charge.chargedImpressions,
      costMicros: charge.cost.micros,
      currency,
      estimated: charge.estimated,
    });
  }

  /**
   * The job printed: the charge becomes final and a history row records it. A charge estimated at
   * release (page count unknown) is replaced by the price of what the printer says it printed
   * (`printedImpressions`, its job-impressions-completed), when it says; otherwise it stays an
   * estimate, and is recorded as one.
   */
  async commit(
    tx: Transaction,
    releaseId: string,
    job: JobRecord,
    printer: PrinterRecordRow,
    settings: JobSettings,
    printedImpressions: number | null,
    now = Date.now(),
  ) {
    if (!(await this.d.store.settle(tx, releaseId, job.id, 'committed'))) return;
    let charge = (await this.d.store.charge(tx, releaseId, job.id))!;
    let sheets: number | undefined;
    const { prices } = charge.estimated ? await this.config() : { prices: null };
    // The estimate is one impression a copy, a lower bound: a printer that says fewer counts something
    // else (one copy of several, say), and an estimate is not repriced in a currency changed since.
    if (
      prices &&
      printedImpressions !== null &&
      printedImpressions >= settings.copies &&
      prices.currency === charge.currency
    ) {
      const usage = await this.d.store.usage(tx, charge.userId, charge.period, prices.currency, {
        releaseId,
        jobId: job.id,
      });
      const actual = chargeForPrinted({
        impressions: printedImpressions,
        settings,
        colorMode: charge.colorMode,
        makeAndModel: printer.capabilities.makeAndModel,
        prices,
        usage,
      });
      const replaced = {
        chargedImpressions: actual.chargedImpressions,
        costMicros: actual.cost.micros,
        currency: prices.currency,
      };
      await this.d.store.replaceEstimate(tx, releaseId, job.id, replaced);
      charge = { ...charge, ...replaced, estimated: false };
      sheets = actual.counts.sheets;
    }
    await this.record(tx, 'printed', job, settings, now, {
      period: charge.period,
      printer,
      impressions: charge.chargedImpressions,
      sheets,
      costMicros: charge.costMicros,
      currency: charge.currency,
      estimated: charge.estimated,
    });
  }

  /** The job did not print: what was reserved for it is given back. */
  async giveBack(tx: Transaction, releaseId: string, jobId: number): Promise<void> {
    await this.d.store.settle(tx, releaseId, jobId, 'returned');
  }

  /** A job deleted or expired unprinted: recorded for accounting with no cost (PRODUCT.md §4 deleted-job tracking). */
  async recordRemoval(
    tx: Transaction,
    job: JobRecord,
    kind: Exclude<HistoryKind, 'printed'>,
    now = Date.now(),
  ) {
    const { prices, policy } = await this.config();
    await this.record(tx, kind, job, job.settings, now, {
      period: periodKey(new Date(now), policy.timeZone),
      printer: null,
      impressions: null,
      costMicros: 0n,
      currency: prices.currency,
      estimated: false,
    });
  }

  private async record(
    tx: Transaction,
    kind: HistoryKind,
    job: JobRecord,
    settings: JobSettings,
    at: number,
    how: {
      period: string;
      printer: PrinterRecordRow | null;
      impressions: number | null;
      /** Sheets the printer's own count gives; otherwise counted from the pages. */
      sheets?: number;
      costMicros: bigint;
      currency: string;
      estimated: boolean;
    },
  ): Promise<void> {
    const user = job.userId !== null ? await this.d.users.get(job.userId, tx) : undefined;
    const counts = countJob(job.pages && job.pages > 0 ? job.pages : 1, settings);
    await this.d.store.addHistory(tx, {
      kind,
      at,
      period: how.period,
      jobId: job.id,
      jobName: job.name,
      source: job.source,
      userId: user?.id ?? null,
      userEmail: user?.email ?? null,
      userName: user ? displayNameOf(user) : job.requestingUserName,
      department: user?.department ?? null,
      costCenter: user?.costCenter ?? null,
      groups: user ? await this.d.users.groupsOf(user.id, tx) : [],
      printerName: how.printer?.name ?? null,
      printerUri: how.printer?.uri ?? null,
      pages: job.pages,
      copies: settings.copies,
      impressions: how.impressions ?? counts.impressions,
      sheets: how.sheets ?? counts.sheets,
      colorMode: settings.colorMode,
      sides: settings.sides,
      costMicros: how.costMicros,
      currency: how.currency,
      estimated: how.estimated,
    });
  }

  /**
   * What the panel shows (PRODUCT.md §5.2): each job's cost if printed here as it stands (priced with its
   * owner's usage, so tiers are right), and the signed-in person's quota left. Without a printer (the
   * web queue at /my/) a job costs what its settings cost at the company's prices, no model's.
   */
  async panelFigures(
    viewer: UserRecord,
    printer: PrinterRecordRow | null,
    jobs: readonly JobRecord[],
    now = new Date(),
  ) {
    const config = await this.config();
    const figures = this.figuresAt(config, now);
    const { currency, costs } = await figures.costs(printer, jobs);
    const resolved = resolveQuota(config.policy.mode, config.assignments, config.definitions, viewer);
    const quota: QuotaView | null = resolved
      ? {
          currency: config.prices.currency,
          ...quotaLeftView(
            quotaLeft(
              resolved.definition,
              figures.period,
              await figures.usageOf(viewer.id),
              config.prices.currency,
            ),
          ),
        }
      : null;
    return { currency, costs, quota };
  }

  /**
   * Each job's cost as it stands, priced with its owner's usage this period, at no printer's model (the
   * admin queue, any owner's jobs); a job of nobody known has no cost. `currency` null: no prices set.
   */
  async estimateCosts(jobs: readonly JobRecord[], now = new Date()) {
    return this.figuresAt(await this.config(), now).costs(null, jobs);
  }

  private figuresAt(config: AccountingConfig, now: Date) {
    return figuresAt(config, now, (userId, period, currency) =>
      this.d.store.usage(this.d.db, userId, period, currency),
    );
  }

  /** Admin: replaces one part of the configuration after validating it with its schema. */
  async update(tx: Transaction, part: keyof typeof KEYS, value: unknown): Promise<unknown> {
    return this.d.settings.set(tx, KEYS[part], stored[part] as z.ZodMiniType<unknown>, value);
  }
}
