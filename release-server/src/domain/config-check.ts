import { AppError, type ConfigDocument, type ConfigIssue, jsonPath } from '@quire/protocol';
import { mergeSnmpSettings, type StoredSnmpSettings } from './fleet';
import { readGroups } from './user-fields';

/**
 * What a configuration file's schema cannot see, each with its JSONPath: group names the users import
 * would change (PRODUCT.md §9), badge patterns that are not regular expressions, and SNMP secrets a
 * printer needs that neither the file nor the server has. `stored` holds the SNMP settings the server
 * has, by lower-cased printer name; its secrets never leave this function.
 */
export function configProblems(
  doc: ConfigDocument,
  stored: ReadonlyMap<string, StoredSnmpSettings | null>,
  now: number,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  doc.groups.forEach((name, i) => {
    const reasons: string[] = [];
    const read = name.includes(',') ? null : readGroups(name, true, reasons)?.[0];
    if (read === name) return;
    const message =
      reasons[0] ??
      (read
        ? `write it "${read}", as the users import would: ! @ # $ % ^ & * ; + ? / \\ [ ] become _, no spaces around it`
        : 'a group name may not contain a comma');
    issues.push({ path: jsonPath(['groups', i]), message });
  });
  const pattern = (value: string | null, path: (string | number)[]) => {
    if (value === null) return;
    try {
      new RegExp(value);
    } catch (error) {
      issues.push({ path: jsonPath(path), message: `not a regular expression: ${(error as Error).message}` });
    }
  };
  pattern(doc.badgeReader.pattern, ['badgeReader', 'pattern']);
  doc.printers.forEach((p, i) => {
    pattern(p.panel.badgeReader?.pattern ?? null, ['printers', i, 'panel', 'badgeReader', 'pattern']);
    if (!p.snmp) return;
    try {
      mergeSnmpSettings(stored.get(p.name.toLowerCase()) ?? null, p.snmp, now);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // "community: required for SNMP v1 and v2c." names the field first.
      const [, field, words] = /^(\w+): (.*?)\.?$/.exec(error.message) ?? [];
      issues.push({
        path: jsonPath(['printers', i, 'snmp', ...(field ? [field] : [])]),
        message: `${words ?? error.message}; the server has none for this printer, so the file must give it`,
      });
    }
  });
  return issues;
}
