import type { ConfigSection, ConfigSectionDiff } from '@quire/protocol';
import type { SectionId } from '../../lib/route';

/**
 * The pure parts of the Configuration section: the file's name, reading it, and how a diff is shown
 * (release-server/src/domain/config-diff.ts makes it).
 */

/** `quire-config-2031-01-31.json`, the day in local time. */
export function configFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `quire-config-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** A chosen file's text as JSON, or why it is not (the parser's own words: where it stopped). */
export function readJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The admin page's section where each part of the file is edited by hand. */
export const SECTION_OF_PART: Readonly<Record<ConfigSection, SectionId>> = {
  policies: 'policies',
  prices: 'prices',
  quotaDefinitions: 'quotas',
  quotaAssignments: 'quotas',
  quotaPolicy: 'quotas',
  retention: 'retention',
  badgeReader: 'badge-reader',
  printers: 'printers',
  groups: 'users',
};

/**
 * A value of the file as the file writes it (`"0.05"`, `true`, `null`, `[1,2]`), so that what the
 * diff shows can be found in the file; `absent` for a value on one side only.
 */
export const valueText = (value: unknown, absent: string): string =>
  value === undefined ? absent : JSON.stringify(value);

/**
 * What applying deletes, by part: printers, groups, quota definitions and assignments absent from the
 * file (issue 5: say so before anything is applied).
 */
export const deletions = (diff: readonly ConfigSectionDiff[]): { section: ConfigSection; keys: string[] }[] =>
  diff
    .filter((d) => d.removed.length > 0)
    .map((d) => ({ section: d.section, keys: d.removed.map((r) => r.key) }));
