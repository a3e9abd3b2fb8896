import * as z from 'zod/mini';
import {
  priceListSchema,
  quotaAssignmentsSchema,
  quotaDefinitionsSchema,
  quotaPolicySchema,
} from './accounting';
import { badgeReaderSchema } from './badge';
import { errorBodySchema } from './errors';
import { snmpSettingsBodySchema } from './fleet';
import { policiesSchema } from './policies';
import { printerCapabilitiesSchema, printerNameSchema, printerPanelSettingsSchema } from './printer';

/**
 * Retention and the whole configuration as one file (issue 5, PRODUCT.md §4 and §10): `GET|PUT
 * /api/admin/retention`, `GET|PUT /api/admin/config`, `POST /api/admin/config/preview`.
 */

/** A lifespan in hours: at least 36 seconds, at most a leap year (the bounds of the environment variables). */
const hours = z
  .number()
  .check(
    z.gte(0.01, 'must be at least 0.01 hours (36 seconds)'),
    z.lte(24 * 366, 'must be at most 8784 hours (a leap year)'),
  );

/** PRODUCT.md §4 UnprintedJobsLifespan and PrintAndKeepLifespan; until set, the environment's values. */
export const retentionSchema = z.strictObject({
  unprintedJobsLifespanHours: hours,
  printAndKeepLifespanHours: hours,
});
export type Retention = z.infer<typeof retentionSchema>;
/** `PUT /retention` changes only the fields it names. */
export const retentionPatchSchema = z.partial(retentionSchema);

export const CONFIG_SCHEMA_VERSION = 1;

/** The largest configuration file imported: one with thousands of printers, each with its capabilities, fits. */
export const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

/** What every exported file says about what it leaves out. */
export const CONFIG_SECRETS_NOTE =
  'Secrets are not exported: SNMP community strings and SNMPv3 passwords are left out. On import, a printer keeps the secrets the server already has for it; add "community", "authPassword" or "privPassword" to its "snmp" to set new ones.';

/** A printer with what it could do when exported, kept if it cannot be reached during an import. */
export const configPrinterSchema = z.strictObject({
  name: printerNameSchema,
  uri: z
    .string()
    .check(
      z.maxLength(1024),
      z.regex(/^(ipps?|https?):\/\/[^\s/]+(\/\S*)?$/, 'an ipp://, ipps://, http:// or https:// URI'),
    ),
  capabilities: printerCapabilitiesSchema,
  panel: z.strictObject(printerPanelSettingsSchema.shape),
  /** null: no SNMP monitoring. Secrets may be given (import) and are never exported. */
  snmp: z.nullable(snmpSettingsBodySchema),
});
export type ConfigPrinter = z.infer<typeof configPrinterSchema>;

type Issue = { code: 'custom'; message: string; input: unknown; path: (string | number)[] };
const custom = (message: string, path: (string | number)[], input: unknown): Issue => ({
  code: 'custom',
  message,
  input,
  path,
});

/** Names compared as the database compares them (COLLATE NOCASE): each at most once. */
function duplicates(names: readonly string[], at: (i: number) => (string | number)[]): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  names.forEach((name, i) => {
    const first = seen.get(name.toLowerCase());
    if (first === undefined) seen.set(name.toLowerCase(), i);
    else issues.push(custom(`"${name}" appears again (first at [${first}])`, at(i), name));
  });
  return issues;
}

/**
 * The whole configuration: company policies, prices and quotas, retention, the badge reader, printers
 * (with their panel and SNMP settings) and groups. Users, badges, jobs and history are data, not
 * configuration, and are not in it. Importing a file makes the server's configuration equal to it.
 */
export const configDocumentSchema = z
  .strictObject({
    schemaVersion: z.literal(CONFIG_SCHEMA_VERSION),
    exportedAt: z.optional(z.string().check(z.maxLength(64))),
    note: z.optional(z.string().check(z.maxLength(2000))),
    policies: z.strictObject(policiesSchema.shape),
    prices: priceListSchema,
    quotaDefinitions: quotaDefinitionsSchema,
    quotaAssignments: quotaAssignmentsSchema,
    quotaPolicy: quotaPolicySchema,
    retention: retentionSchema,
    badgeReader: z.strictObject(badgeReaderSchema.shape),
    printers: z.array(configPrinterSchema).check(z.maxLength(10_000)),
    groups: z.array(z.string().check(z.minLength(1), z.maxLength(255))).check(z.maxLength(10_000)),
  })
  .check((ctx) => {
    const doc = ctx.value;
    const issues = [
      ...duplicates(
        doc.printers.map((p) => p.name),
        (i) => ['printers', i, 'name'],
      ),
      ...duplicates(doc.groups, (i) => ['groups', i]),
    ];
    const names = new Set(doc.quotaDefinitions.map((d) => d.name));
    doc.quotaAssignments.forEach((a, i) => {
      if (!names.has(a.quota)) {
        issues.push(
          custom(`quota "${a.quota}" is assigned but not defined`, ['quotaAssignments', i, 'quota'], a),
        );
      }
    });
    ctx.issues.push(...issues);
  });
export type ConfigDocument = z.infer<typeof configDocumentSchema>;

/** The sections of a file, in the order a diff lists them. */
export const CONFIG_SECTIONS = [
  'policies',
  'prices',
  'quotaDefinitions',
  'quotaAssignments',
  'quotaPolicy',
  'retention',
  'badgeReader',
  'printers',
  'groups',
] as const;
export type ConfigSection = (typeof CONFIG_SECTIONS)[number];

/** One problem in a file: where (a JSONPath such as `$.printers[2].uri`) and what. */
export const configIssueSchema = z.object({ path: z.string(), message: z.string() });
export type ConfigIssue = z.infer<typeof configIssueSchema>;

/** One value that differs; `before` is absent for a value the file adds, `after` for one it drops. */
export const configFieldChangeSchema = z.object({
  /** Dotted path inside the item, e.g. `pricing.mono`, `snmp.port`. */
  field: z.string(),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
});
export type ConfigFieldChange = z.infer<typeof configFieldChangeSchema>;

/**
 * What importing a file would change in one section. Lists (printers, groups, quota definitions and
 * assignments) are matched by name (or whom an assignment names); single-object sections (policies,
 * prices, ...) have one item, keyed by the section's name. Secrets show as `"(secret)"`, never their value.
 */
export const configSectionDiffSchema = z.object({
  section: z.enum(CONFIG_SECTIONS),
  added: z.array(z.object({ key: z.string(), value: z.unknown() })),
  removed: z.array(z.object({ key: z.string(), value: z.unknown() })),
  changed: z.array(z.object({ key: z.string(), fields: z.array(configFieldChangeSchema) })),
});
export type ConfigSectionDiff = z.infer<typeof configSectionDiffSchema>;

/**
 * `POST /config/preview`: 200 with the diff (only sections that change), or 422 with every problem.
 * Nothing is changed either way.
 */
export const configPreviewSchema = z.discriminatedUnion('valid', [
  z.object({ valid: z.literal(true), changes: z.int(), diff: z.array(configSectionDiffSchema) }),
  z.object({ valid: z.literal(false), errors: z.array(configIssueSchema) }),
]);
export type ConfigPreview = z.infer<typeof configPreviewSchema>;

/** `PUT /config`: applied in one transaction, all or nothing. */
export const configApplyResultSchema = z.object({
  applied: z.literal(true),
  changes: z.int(),
  diff: z.array(configSectionDiffSchema),
  /** Added or moved printers whose capabilities were read from them now. */
  capabilitiesRead: z.array(z.string()),
  /** Added or moved printers that could not be reached: stored with the capabilities from the file. */
  unreachable: z.array(z.object({ printer: z.string(), reason: z.string() })),
});
export type ConfigApplyResult = z.infer<typeof configApplyResultSchema>;

/** A refused `PUT /config` (400): the usual error body plus every problem found. */
export const configRefusalSchema = z.extend(errorBodySchema, { errors: z.array(configIssueSchema) });
export type ConfigRefusal = z.infer<typeof configRefusalSchema>;

/** `$.printers[2].uri` for the path `['printers', 2, 'uri']`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name)}]`;
  }, '$');
}

interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  format?: string;
}

/**
 * Every problem a parse found, with its JSONPath and words a person can act on (zod's own words are
 * "Invalid input" without a locale, which the server does not load: it would change every message).
 */
export function configIssues(issues: readonly ZodIssueLike[]): ConfigIssue[] {
  return issues.map((i) => ({ path: jsonPath(i.path), message: issueWords(i) }));
}

function issueWords(i: ZodIssueLike): string {
  const size = i.origin === 'string' ? ' characters' : i.origin === 'array' ? ' items' : '';
  switch (i.code) {
    case 'invalid_type':
      return i.message !== 'Invalid input' ? i.message : `expected ${String(i.expected)}`;
    case 'invalid_value':
      return `must be ${(i.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys':
      return `unknown field${(i.keys ?? []).length === 1 ? '' : 's'} ${(i.keys ?? []).join(', ')}`;
    case 'too_small':
      return i.message !== 'Invalid input' ? i.message : `must be at least ${String(i.minimum)}${size}`;
    case 'too_big':
      return i.message !== 'Invalid input' ? i.message : `must be at most ${String(i.maximum)}${size}`;
    case 'invalid_union':
      return i.message !== 'Invalid input' ? i.message : 'does not match any of the allowed forms';
    default:
      return i.message !== 'Invalid input' ? i.message : `invalid ${i.format ?? 'value'}`;
  }
}
