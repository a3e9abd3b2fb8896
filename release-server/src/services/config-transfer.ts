import {
  AppError,
  CONFIG_SCHEMA_VERSION,
  CONFIG_SECRETS_NOTE,
  type ConfigApplyResult,
  type ConfigDocument,
  type ConfigIssue,
  type ConfigPreview,
  type ConfigPrinter,
  configDocumentSchema,
  configIssues,
  type PrinterCapabilities,
  printerPanelSettingsSchema,
  type SnmpSettingsBody,
} from '@quire/protocol';
import type { PrinterClient } from '../adapters/ipp/printer-client';
import type { ConfigStore, ConfiguredPrinter } from '../adapters/sqlite/config-store';
import type { Database, Queryable, Transaction } from '../adapters/sqlite/database';
import type { PrinterStore } from '../adapters/sqlite/printer-store';
import type { UserAdminStore } from '../adapters/sqlite/user-admin-store';
import { configProblems } from '../domain/config-check';
import { changeCount, diffConfig } from '../domain/config-diff';
import { mergeSnmpSettings, type StoredSnmpSettings } from '../domain/fleet';
import type { Logger } from '../log';
import type { AccountingService } from './accounting';
import type { FleetStore } from './fleet-store';
import type { PanelSettingsService } from './panel-settings';
import { runPool } from './poll-pool';
import type { RetentionService } from './retention';

export interface ConfigTransferDeps {
  db: Database;
  settings: PanelSettingsService;
  accounting: AccountingService;
  retention: RetentionService;
  groups: UserAdminStore;
  store: ConfigStore;
  printers: PrinterStore;
  fleet: FleetStore;
  client: PrinterClient;
  log: Logger;
  /** Told once an import has committed (fleet monitoring reloads its printers). */
  onApplied?: () => void;
  /** How long to wait for a printer's capabilities during an import. @default 5000 */
  probeTimeoutMs?: number;
  /** @default () => new Date() */
  now?: () => Date;
}

/** A file refused before anything changed: every problem, each with its JSONPath. */
export class ConfigRefused extends AppError {
  constructor(readonly issues: ConfigIssue[]) {
    super(
      'bad-request',
      `The configuration file has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}; nothing was changed.`,
    );
  }
}

const SECRETS = ['community', 'authPassword', 'privPassword'] as const;

/** Stored SNMP settings as a file holds them: no secrets, no time stamp. */
export function exportedSnmp(s: StoredSnmpSettings): SnmpSettingsBody {
  const copy: Record<string, unknown> = { ...s };
  delete copy.updatedAt;
  for (const key of SECRETS) delete copy[key];
  return copy as SnmpSettingsBody;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const givesSecret = (s: SnmpSettingsBody): boolean =>
  SECRETS.some((k) => (s as Record<string, unknown>)[k] !== undefined);

type Probe = { capabilities: PrinterCapabilities } | { reason: string };

/**
 * The whole configuration as one JSON file (issue 5, PRODUCT.md §10): export, preview an import as a
 * diff, and import in one write transaction, all or nothing. Secrets are never exported nor shown.
 */
export class ConfigTransfer {
  constructor(private readonly d: ConfigTransferDeps) {}

  async export(q: Queryable = this.d.db): Promise<ConfigDocument> {
    const [policies, badgeReader, accounting, retention, printers, groups] = await Promise.all([
      this.d.settings.policies(),
      this.d.settings.badgeReader(),
      this.d.accounting.config(),
      this.d.retention.get(),
      this.d.store.printers(q),
      this.d.groups.groupNames(q),
    ]);
    return {
      schemaVersion: CONFIG_SCHEMA_VERSION,
      exportedAt: this.now().toISOString(),
      note: CONFIG_SECRETS_NOTE,
      policies,
      prices: accounting.prices,
      quotaDefinitions: accounting.definitions,
      quotaAssignments: accounting.assignments,
      quotaPolicy: accounting.policy,
      retention,
      badgeReader,
      printers: printers.map((p) => ({
        name: p.name,
        uri: p.uri,
        capabilities: p.capabilities,
        panel: p.panel,
        snmp: p.snmp && exportedSnmp(p.snmp),
      })),
      groups,
    };
  }

  /** What importing `body` would change, or every problem in it. Changes nothing. */
  async preview(body: unknown): Promise<ConfigPreview> {
    try {
      const doc = await this.parse(body, this.d.db);
      const diff = diffConfig(await this.export(), doc);
      return { valid: true, changes: changeCount(diff), diff };
    } catch (error) {
      if (error instanceof ConfigRefused) return { valid: false, errors: error.issues };
      throw error;
    }
  }

  /**
   * Makes the configuration equal to `body` in one write transaction: all of it, or (on any problem)
   * nothing. Printers that are new or moved are asked for their capabilities first, outside the
   * transaction; one that cannot be reached is stored with the capabilities the file gives.
   */
  async apply(body: unknown): Promise<ConfigApplyResult> {
    const doc = await this.parse(body, this.d.db);
    const diff = diffConfig(await this.export(), doc);
    const probed = await this.probe(doc.printers, await this.d.store.printers(this.d.db));
    await this.d.db.transaction(async (tx) => {
      const stored = await this.d.store.printers(tx);
      await this.parse(doc, tx, stored);
      await this.d.settings.write(tx, { policies: doc.policies, badgeReader: doc.badgeReader });
      await this.d.accounting.update(tx, 'prices', doc.prices);
      await this.d.accounting.update(tx, 'definitions', doc.quotaDefinitions);
      await this.d.accounting.update(tx, 'assignments', doc.quotaAssignments);
      await this.d.accounting.update(tx, 'policy', doc.quotaPolicy);
      await this.d.retention.set(tx, doc.retention);
      await this.applyGroups(tx, doc.groups);
      await this.applyPrinters(tx, doc.printers, stored, probed);
    });
    this.d.settings.announce();
    this.d.onApplied?.();
    const capabilitiesRead = [...probed].flatMap(([name, p]) => ('capabilities' in p ? [name] : []));
    const unreachable = [...probed].flatMap(([printer, p]) =>
      'reason' in p ? [{ printer, reason: p.reason }] : [],
    );
    this.d.log.info('configuration imported', {
      changes: changeCount(diff),
      printers: doc.printers.length,
      unreachable: unreachable.length,
    });
    return { applied: true, changes: changeCount(diff), diff, capabilitiesRead, unreachable };
  }

  /** The file, checked by its schema and against the server's SNMP secrets; throws {@link ConfigRefused}. */
  private async parse(
    body: unknown,
    q: Queryable,
    stored?: readonly ConfiguredPrinter[],
  ): Promise<ConfigDocument> {
    const parsed = configDocumentSchema.safeParse(body);
    if (!parsed.success) throw new ConfigRefused(configIssues(parsed.error.issues));
    const snmp = new Map(
      (stored ?? (await this.d.store.printers(q))).map((p) => [p.name.toLowerCase(), p.snmp]),
    );
    const problems = configProblems(parsed.data, snmp, this.now().getTime());
    if (problems.length > 0) throw new ConfigRefused(problems);
    return parsed.data;
  }

  /** Capabilities of the printers that are new or have a new URI, asked for all at once, each bounded in time. */
  private async probe(
    wanted: readonly ConfigPrinter[],
    current: readonly ConfiguredPrinter[],
  ): Promise<Map<string, Probe>> {
    const uris = new Map(current.map((p) => [p.name.toLowerCase(), p.uri]));
    const todo = wanted.filter((p) => uris.get(p.name.toLowerCase()) !== p.uri);
    const out = new Map<string, Probe>();
    const timeoutMs = this.d.probeTimeoutMs ?? 5000;
    await runPool(
      todo,
      async (p) => {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
        });
        try {
          const { capabilities } = await Promise.race([this.d.client.getAttributes(p.name, p.uri), late]);
          out.set(p.name, { capabilities });
        } catch (error) {
          out.set(p.name, { reason: error instanceof Error ? error.message : String(error) });
        } finally {
          clearTimeout(timer);
        }
      },
      { concurrency: 16, slowAfterMs: timeoutMs, maxInFlight: 64 },
    );
    return out;
  }

  private async applyGroups(tx: Transaction, groups: readonly string[]): Promise<void> {
    const existing = new Map((await this.d.groups.groupNames(tx)).map((n) => [n.toLowerCase(), n]));
    const wanted = new Map(groups.map((n) => [n.toLowerCase(), n]));
    for (const [key, name] of existing) if (!wanted.has(key)) await this.d.groups.removeGroup(tx, name);
    for (const [key, name] of wanted) {
      const had = existing.get(key);
      if (had === undefined) await this.d.groups.addGroup(tx, name);
      else if (had !== name) await this.d.groups.renameGroup(tx, name);
    }
  }

  private async applyPrinters(
    tx: Transaction,
    printers: readonly ConfigPrinter[],
    stored: readonly ConfiguredPrinter[],
    probed: ReadonlyMap<string, Probe>,
  ): Promise<void> {
    const now = this.now().getTime();
    const byName = new Map(stored.map((p) => [p.name.toLowerCase(), p]));
    const wanted = new Set(printers.map((p) => p.name.toLowerCase()));
    for (const p of stored) {
      if (wanted.has(p.name.toLowerCase())) continue;
      await this.idle(tx, p, 'removed');
      await this.d.printers.remove(tx, p.id);
    }
    for (const p of printers) {
      const was = byName.get(p.name.toLowerCase());
      const probe = probed.get(p.name);
      const capabilities = probe && 'capabilities' in probe ? probe.capabilities : p.capabilities;
      if (was && was.uri !== p.uri) await this.idle(tx, was, 'moved');
      if (!was || was.uri !== p.uri || !same(was.capabilities, capabilities)) {
        await this.d.printers.upsert(tx, { name: p.name, uri: p.uri, capabilities }, now);
      }
      const id = was?.id ?? (await this.d.store.idOf(tx, p.name))!;
      if (was && was.name !== p.name) await this.d.store.respell(tx, id, p.name);
      if (!was || !same(was.panel, p.panel)) {
        await this.d.printers.updatePanel(tx, id, printerPanelSettingsSchema.parse(p.panel));
      }
      if (p.snmp === null) {
        if (was?.snmp) await this.d.store.clearSnmp(tx, id);
        continue;
      }
      const merged = mergeSnmpSettings(was?.snmp ?? null, p.snmp, now);
      if (!was?.snmp || givesSecret(p.snmp) || !same(exportedSnmp(was.snmp), exportedSnmp(merged))) {
        await this.d.fleet.saveSettings(tx, id, merged);
      }
    }
  }

  /** A printer jobs are being released to is neither removed nor moved: the import stops, nothing changes. */
  private async idle(tx: Transaction, p: ConfiguredPrinter, what: 'removed' | 'moved'): Promise<void> {
    const n = await this.d.printers.releasesUnderWay(tx, p.id);
    if (n > 0) {
      throw new AppError(
        'conflict',
        `${p.name} cannot be ${what} now: ${n === 1 ? 'a job is' : `${n} jobs are`} being released to it. Nothing was changed; import the file again when it is done.`,
      );
    }
  }

  private now(): Date {
    return (this.d.now ?? (() => new Date()))();
  }
}
