import type * as z from 'zod/mini';
import { ApiError } from './api-client';
import type { Strings } from './i18n';

/** What is wrong, by the dotted path of the field it names (`pricing.bands.1.from`); '' is the whole form. */
export type FieldErrors = Readonly<Record<string, string>>;

type Issue = z.core.$ZodIssue;

/**
 * The protocol's own rules (its `refine` messages, in English) and the words each has in this page. A
 * rule not listed here is shown in the protocol's words.
 */
const RULES: Readonly<Record<string, keyof Strings['form']['rules']>> = {
  'the first band starts at 1 and each next band starts higher': 'bands',
  'each printer model at most once': 'modelsOnce',
  'amounts are whole numbers in an impressions quota and decimal strings ("50.00") in a money quota':
    'amountsMatchUnit',
  'each company, cost centre, department and user has at most one quota': 'assignmentsOnce',
  'each quota name at most once': 'namesOnce',
  'an IANA time zone such as Europe/Paris': 'timeZone',
  'a decimal amount such as "0.10", at most 6 decimals': 'money',
  'an ISO 4217 code such as EUR': 'currency',
  'letters, digits, dot, dash or underscore; at most 64': 'printerName',
  'an ipp://, ipps://, http:// or https:// URI': 'printerUri',
};

const ruleText = (message: string, t: Strings): string | undefined => {
  const key = RULES[message];
  return key && t.form.rules[key];
};

/** One problem the protocol schema found, in this page's words. */
export function issueText(issue: Issue, t: Strings): string {
  const rule = ruleText(issue.message, t);
  if (rule) return rule;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' || issue.expected === 'number' ? t.form.wholeNumber : t.form.invalid;
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int') return t.form.atLeast(Number(issue.minimum));
      return Number(issue.minimum) <= 1 ? t.form.required : t.form.tooShort(Number(issue.minimum));
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') return t.form.atMost(Number(issue.maximum));
      return t.form.tooLong(Number(issue.maximum));
    case 'invalid_union':
      // A quota limit: a word (unlimited, allowed...) or an amount; what was typed is neither.
      return issue.errors.some((branch) =>
        branch.some((i) => i.code === 'invalid_type' && i.expected === 'int'),
      )
        ? t.form.amount
        : t.form.invalid;
    case 'invalid_format':
    case 'invalid_value':
      return t.form.invalid;
    default:
      return issue.message;
  }
}

/** Every issue by its field; the first one of a field wins (it is the one to fix first). */
export function issueErrors(issues: readonly Issue[], t: Strings): FieldErrors {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    out[path] ??= issueText(issue, t);
  }
  return out;
}

/**
 * A server refusal that names a field (`bad-request` "pricing.mono: a decimal amount…", as
 * release-server/src/admin/body.ts words it), as an error for that field; null for any other failure.
 */
export function serverFieldError(error: unknown, t: Strings): { path: string; text: string } | null {
  if (!(error instanceof ApiError) || error.code !== 'bad-request') return null;
  const m = /^([\w.-]+): (.+?)\.?$/s.exec(error.message);
  if (!m || m[1] === 'body') return null;
  return { path: m[1]!, text: ruleText(m[2]!, t) ?? m[2]! };
}
