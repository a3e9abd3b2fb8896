import { CLEAR } from './import-values';

/** The users CSV header, exactly (PRODUCT.md §9). */
export const USER_HEADER = [
  'EMAIL',
  'OPERATION',
  'PASSWORD',
  'FIRST_NAME',
  'LAST_NAME',
  'DISPLAY_NAME',
  'SHORTNAME',
  'GROUPS',
  'CUSTOM_ATTRIBUTES',
  'COST_CENTER',
  'DEPARTMENT',
] as const;
export type UserField = (typeof USER_HEADER)[number];

export type UserColumn =
  | 'firstName'
  | 'lastName'
  | 'displayName'
  | 'shortname'
  | 'customAttributes'
  | 'costCenter'
  | 'department';

/** New values for a user's columns: a string sets it, `null` clears it, a missing key leaves it alone. */
export type UserValues = Partial<Record<UserColumn, string | null>>;

/** Length caps, in characters; IPP `name` values (a SHORTNAME is one) are at most 255 octets (RFC 8011 §5.1.3). */
export const MAX_LENGTH = { text: 255, password: 255, groups: 4096, customAttributes: 4096 } as const;

// CUSTOM_ATTRIBUTES is free text whose format PRODUCT.md does not fix, so it may hold line breaks.
const TEXT_FIELDS: readonly { field: UserField; column: UserColumn; max: number; multiline?: true }[] = [
  { field: 'FIRST_NAME', column: 'firstName', max: MAX_LENGTH.text },
  { field: 'LAST_NAME', column: 'lastName', max: MAX_LENGTH.text },
  { field: 'DISPLAY_NAME', column: 'displayName', max: MAX_LENGTH.text },
  { field: 'SHORTNAME', column: 'shortname', max: MAX_LENGTH.text },
  {
    field: 'CUSTOM_ATTRIBUTES',
    column: 'customAttributes',
    max: MAX_LENGTH.customAttributes,
    multiline: true,
  },
  { field: 'COST_CENTER', column: 'costCenter', max: MAX_LENGTH.text },
  { field: 'DEPARTMENT', column: 'department', max: MAX_LENGTH.text },
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;
/** PRODUCT.md §9: group names may not contain these; each is replaced by `_` (the admin page names them). */
export const GROUP_FORBIDDEN_CHARACTERS = [
  '!',
  '@',
  '#',
  '$',
  '%',
  '^',
  '&',
  '*',
  ';',
  '+',
  '?',
  '/',
  '\\',
  '[',
  ']',
];
const GROUP_FORBIDDEN = new RegExp(`[${GROUP_FORBIDDEN_CHARACTERS.map((c) => `\\${c}`).join('')}]`, 'g');

export interface UserFields {
  values: UserValues;
  /** The groups the user ends up in; `null` leaves them as they are (UPDATE with an empty GROUPS). */
  groups: string[] | null;
  /** In clear, to be hashed before it is stored; `null` when not given. Never logged nor reported. */
  password: string | null;
}

/** The row's values by header name. */
export function byField(values: readonly string[]): Record<UserField, string> {
  return Object.fromEntries(USER_HEADER.map((h, k) => [h, values[k] ?? ''])) as Record<UserField, string>;
}

/**
 * Reads every field but EMAIL and OPERATION, adding to `reasons` what is wrong. An empty value leaves a
 * field unchanged and `[delete]` clears it; when creating, both simply leave the field empty.
 */
export function readUserFields(
  row: Record<UserField, string>,
  creating: boolean,
  reasons: string[],
): UserFields {
  const values: UserValues = {};
  for (const { field, column, max, multiline } of TEXT_FIELDS) {
    const value = row[field].trim();
    if (value === '') continue;
    if (value === CLEAR) {
      if (!creating) values[column] = null;
      continue;
    }
    const problem = textProblem(field, value, max, multiline);
    if (problem) reasons.push(problem);
    else values[column] = value;
  }
  return {
    values,
    groups: readGroups(row.GROUPS, creating, reasons),
    password: readPassword(row.PASSWORD, reasons),
  };
}

function textProblem(field: UserField, value: string, max: number, multiline?: true): string | undefined {
  if (value.length > max) return `${field} is longer than ${max} characters`;
  // A SHORTNAME is what people type as their login and what IPP clients send as requesting-user-name.
  if (field === 'SHORTNAME' && /[@\s]/.test(value)) return 'SHORTNAME must not contain @ or spaces';
  if (!multiline && CONTROL.test(value)) return `${field} must not contain control characters`;
  return undefined;
}

/** Passwords are taken as typed, spaces included: only an empty value means "not given". */
function readPassword(raw: string, reasons: string[]): string | null {
  if (raw === '') return null;
  if (raw.trim() === CLEAR) {
    reasons.push(`${CLEAR} is not allowed on PASSWORD`);
    return null;
  }
  if (raw.length > MAX_LENGTH.password) {
    reasons.push(`PASSWORD is longer than ${MAX_LENGTH.password} characters`);
    return null;
  }
  return raw;
}

/**
 * A comma list in one value; names trimmed, forbidden characters replaced, duplicates (without regard to
 * case, as the groups table compares them) dropped. A list with no names in it (`" , "`) counts as empty.
 */
export function readGroups(raw: string, creating: boolean, reasons: string[]): string[] | null {
  const value = raw.trim();
  const unchanged = creating ? [] : null;
  if (value === '') return unchanged;
  if (value === CLEAR) return [];
  if (value.length > MAX_LENGTH.groups) {
    reasons.push(`GROUPS is longer than ${MAX_LENGTH.groups} characters`);
    return unchanged;
  }
  const names = new Map<string, string>();
  for (const part of value.split(',')) {
    const name = part.trim().replace(GROUP_FORBIDDEN, '_');
    if (name === '') continue;
    if (name.length > MAX_LENGTH.text) {
      reasons.push(`group "${name.slice(0, 20)}..." is longer than ${MAX_LENGTH.text} characters`);
    } else if (CONTROL.test(name)) reasons.push('GROUPS must not contain control characters');
    else if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  return names.size > 0 ? [...names.values()] : unchanged;
}
