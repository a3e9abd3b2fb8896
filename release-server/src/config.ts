import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/**
 * Every setting of the release server, read once from the environment. Nothing else reads `process.env`.
 */
const configSchema = z.object({
  /** HTTP port for IPP, the panel, the admin API and pages; 0 picks a free port. @default 8080 */
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Address to listen on. @default 127.0.0.1 */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Where the database and the document spool live. @default ./data */
  DATA_DIR: z.string().min(1).default('./data'),
  /** Bearer token for the admin REST API; without it the admin API refuses every call. */
  ADMIN_TOKEN: z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters').optional(),
  /** Start with demo users, badges and a simulated printer. @default 1 */
  DEMO: flag.default(true),
  /** Largest document accepted, in MiB. @default 2048 */
  MAX_DOCUMENT_MB: z.coerce
    .number()
    .int()
    .min(1)
    .max(1024 * 1024)
    .default(2048),
  /** How long a printer may take to answer one IPP request, in ms. @default 30000 */
  PRINTER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** How long a release waits for a busy printer before giving up, in ms. @default 60000 */
  PRINTER_BUSY_WAIT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /** How often the state of a printer shown on a panel is checked, in ms. @default 15000 */
  PRINTER_CHECK_INTERVAL_MS: z.coerce.number().int().min(200).max(3_600_000).default(15_000),
  /** Seconds between two SNMP poll rounds of the fleet (PRODUCT.md §11). @default 300 */
  SNMP_POLL_INTERVAL_S: z.coerce.number().int().min(5).max(86_400).default(300),
  /** How long to wait for one SNMP answer, in ms. @default 2000 */
  SNMP_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  /** How many times an unanswered SNMP request is sent again. @default 1 */
  SNMP_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
  /** Printers polled at once. @default 16 */
  SNMP_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  /** Supplies under this percentage raise an alert. @default 10 */
  LOW_SUPPLY_PERCENT: z.coerce.number().min(0).max(100).default(10),
  /**
   * Hours an unreleased job is kept before it expires (PRODUCT.md §4 UnprintedJobsLifespan), until an
   * administrator sets it (`PUT /api/admin/retention`). @default 48
   */
  UNPRINTED_JOBS_LIFESPAN_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 366)
    .default(48),
  /**
   * Hours a job printed with "print and keep" stays releasable (PRODUCT.md §4 PrintAndKeepLifespan), until
   * an administrator sets it (`PUT /api/admin/retention`). @default 48
   */
  PRINT_AND_KEEP_LIFESPAN_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 366)
    .default(48),
  /**
   * HTTPS port, serving the same as PORT (IPP as `ipps://`, the panel, the admin API and pages) with the
   * installed certificate, made self-signed at start when none is; 0 picks a free port.
   * @default unset: no HTTPS (PORT stays either way)
   */
  TLS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /**
   * The name clients reach the server by: an uploaded certificate must name it, a generated one does.
   * @default the machine's host name
   */
  TLS_HOST_NAME: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9.-]{1,253}$|^[0-9a-f:.]*:[0-9a-f:.]*$/,
      'TLS_HOST_NAME must be a host name or an IP address',
    )
    .default(() => os.hostname().toLowerCase()),
  /**
   * HTTP Basic authentication on the IPP queue, with the web sign-in's accounts (PRODUCT.md §3.1).
   * `optional`: a request may carry credentials, which are then checked and name the job's owner; one
   * without names its owner by `requesting-user-name`. `required`: every IPP request needs them.
   * @default optional
   */
  IPP_AUTHENTICATION: z.enum(['optional', 'required']).default('optional'),
  /** Log verbosity. @default info */
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  adminToken: string | undefined;
  demo: boolean;
  maxDocumentBytes: number;
  printerTimeoutMs: number;
  printerBusyWaitMs: number;
  printerCheckIntervalMs: number;
  snmp: {
    intervalMs: number;
    timeoutMs: number;
    retries: number;
    concurrency: number;
    lowSupplyPercent: number;
  };
  unprintedLifespanMs: number;
  keptLifespanMs: number;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  /** HTTPS port; undefined: no HTTPS. */
  tlsPort: number | undefined;
  tlsHostName: string;
  ippAuthentication: IppAuthentication;
}>;

/** Whether IPP requests must carry HTTP Basic credentials (`IPP_AUTHENTICATION`). */
export type IppAuthentication = z.infer<typeof configSchema>['IPP_AUTHENTICATION'];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment; a bad value fails fast with a message naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = result.data;
  return Object.freeze({
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    adminToken: c.ADMIN_TOKEN,
    demo: c.DEMO,
    maxDocumentBytes: c.MAX_DOCUMENT_MB * 1024 * 1024,
    printerTimeoutMs: c.PRINTER_TIMEOUT_MS,
    printerBusyWaitMs: c.PRINTER_BUSY_WAIT_MS,
    printerCheckIntervalMs: c.PRINTER_CHECK_INTERVAL_MS,
    snmp: Object.freeze({
      intervalMs: c.SNMP_POLL_INTERVAL_S * 1000,
      timeoutMs: c.SNMP_TIMEOUT_MS,
      retries: c.SNMP_RETRIES,
      concurrency: c.SNMP_CONCURRENCY,
      lowSupplyPercent: c.LOW_SUPPLY_PERCENT,
    }),
    unprintedLifespanMs: c.UNPRINTED_JOBS_LIFESPAN_HOURS * 3600_000,
    keptLifespanMs: c.PRINT_AND_KEEP_LIFESPAN_HOURS * 3600_000,
    logLevel: c.LOG_LEVEL,
    tlsPort: c.TLS_PORT,
    tlsHostName: c.TLS_HOST_NAME,
    ippAuthentication: c.IPP_AUTHENTICATION,
  });
}
