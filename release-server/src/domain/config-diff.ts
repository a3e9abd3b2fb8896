import {
  assignmentSubject,
  CONFIG_SECTIONS,
  type ConfigDocument,
  type ConfigFieldChange,
  type ConfigPrinter,
  type ConfigSection,
  type ConfigSectionDiff,
} from '@quire/protocol';
import { unreachable } from './job-state';

/** What a diff shows in place of a secret a file gives (SNMP community, SNMPv3 passwords). */
export const SECRET_SHOWN = '(secret)';

const SECRETS = ['community', 'authPassword', 'privPassword'] as const;

/** A printer as a diff may show it: any secret replaced by {@link SECRET_SHOWN}. */
export function withoutSecrets(p: ConfigPrinter): ConfigPrinter {
  if (!p.snmp) return p;
  const snmp: Record<string, unknown> = { ...p.snmp };
  for (const key of SECRETS) if (snmp[key] !== undefined) snmp[key] = SECRET_SHOWN;
  return { ...p, snmp: snmp as ConfigPrinter['snmp'] };
}

type Leaves = Map<string, unknown>;

/** Dotted paths to every value that is not an object: arrays count as one value, compared whole. */
function leaves(value: unknown, prefix = '', into: Leaves = new Map()): Leaves {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) leaves(v, prefix ? `${prefix}.${k}` : k, into);
    }
    if (prefix && Object.keys(value).length === 0) into.set(prefix, {});
  } else into.set(prefix, value);
  return into;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields of one item that differ, in the order the current item has them, then the new ones. */
export function fieldChanges(before: unknown, after: unknown): ConfigFieldChange[] {
  const a = leaves(before);
  const b = leaves(after);
  const out: ConfigFieldChange[] = [];
  for (const [field, value] of a) {
    if (!b.has(field)) out.push({ field, before: value });
    else if (!same(value, b.get(field))) out.push({ field, before: value, after: b.get(field) });
  }
  for (const [field, value] of b) if (!a.has(field)) out.push({ field, after: value });
  return out;
}

interface Keyed<T> {
  /** How items are matched: the database compares names without regard to case. */
  match(item: T): string;
  /** What the diff calls it. */
  label(item: T): string;
}

function listDiff<T>(section: ConfigSection, before: readonly T[], after: readonly T[], k: Keyed<T>) {
  const diff: ConfigSectionDiff = { section, added: [], removed: [], changed: [] };
  const old = new Map(before.map((item) => [k.match(item), item]));
  const next = new Map(after.map((item) => [k.match(item), item]));
  for (const [key, item] of old) {
    if (!next.has(key)) diff.removed.push({ key: k.label(item), value: item });
  }
  for (const [key, item] of next) {
    const was = old.get(key);
    if (was === undefined) diff.added.push({ key: k.label(item), value: item });
    else {
      const fields = fieldChanges(was, item);
      if (fields.length > 0) diff.changed.push({ key: k.label(item), fields });
    }
  }
  return diff;
}

function objectDiff(section: ConfigSection, before: unknown, after: unknown): ConfigSectionDiff {
  const fields = fieldChanges(before, after);
  return { section, added: [], removed: [], changed: fields.length ? [{ key: section, fields }] : [] };
}

const byName = <T extends { name: string }>(): Keyed<T> => ({
  match: (item) => item.name.toLowerCase(),
  label: (item) => item.name,
});

function sectionDiff(section: ConfigSection, a: ConfigDocument, b: ConfigDocument): ConfigSectionDiff {
  switch (section) {
    case 'policies':
    case 'prices':
    case 'quotaPolicy':
    case 'retention':
    case 'badgeReader':
      return objectDiff(section, a[section], b[section]);
    case 'quotaDefinitions':
      return listDiff(section, a.quotaDefinitions, b.quotaDefinitions, byName());
    case 'quotaAssignments':
      return listDiff(section, a.quotaAssignments, b.quotaAssignments, {
        match: assignmentSubject,
        label: assignmentSubject,
      });
    case 'printers':
      return listDiff(section, a.printers.map(withoutSecrets), b.printers.map(withoutSecrets), byName());
    case 'groups':
      return listDiff(
        section,
        a.groups.map((name) => ({ name })),
        b.groups.map((name) => ({ name })),
        byName(),
      );
    default:
      return unreachable(section);
  }
}

/**
 * What importing `next` over `current` changes, section by section; sections that do not change are
 * left out. Secrets the file gives show as {@link SECRET_SHOWN}; the export never holds any.
 */
export function diffConfig(current: ConfigDocument, next: ConfigDocument): ConfigSectionDiff[] {
  return CONFIG_SECTIONS.map((s) => sectionDiff(s, current, next)).filter(
    (d) => d.added.length + d.removed.length + d.changed.length > 0,
  );
}

/** How many things a diff changes: items added or removed, and fields changed. */
export function changeCount(diff: readonly ConfigSectionDiff[]): number {
  return diff.reduce(
    (n, d) => n + d.added.length + d.removed.length + d.changed.reduce((m, c) => m + c.fields.length, 0),
    0,
  );
}
