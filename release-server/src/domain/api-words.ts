/**
 * The users and badges CSV imports name fields by their header (`SHORTNAME must not contain @ or
 * spaces`); the admin API reuses their rules and says the same thing with the JSON field names.
 */
const JSON_NAMES: Readonly<Record<string, string>> = {
  EMAIL: 'email',
  PASSWORD: 'password',
  FIRST_NAME: 'firstName',
  LAST_NAME: 'lastName',
  DISPLAY_NAME: 'displayName',
  SHORTNAME: 'shortname',
  GROUPS: 'groups',
  CUSTOM_ATTRIBUTES: 'customAttributes',
  COST_CENTER: 'costCenter',
  DEPARTMENT: 'department',
  BADGE: 'badge',
  TEMPORARY: 'temporary',
};

const HEADER = new RegExp(`\\b(${Object.keys(JSON_NAMES).join('|')})\\b`, 'g');

/** An import's reason in the words of the JSON API: `shortname must not contain @ or spaces`. */
export function apiWords(reason: string): string {
  return reason.replace(HEADER, (name) => JSON_NAMES[name] ?? name);
}
