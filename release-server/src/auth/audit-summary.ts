/**
 * What the audit log keeps of a change (issue 5): the names of the fields a JSON body set, never their
 * values, since a body may carry a password or an SNMP secret; the query (`mode`, `dryRun`); and the
 * facts a route chose to add (a role's old and new value). Pure.
 */
export interface AuditInput {
  /** The request body as text, when the route read it as JSON; only its top-level shape is kept. */
  bodyText?: string | undefined;
  query?: Record<string, string>;
  /** Facts the route added; they must hold no secret. */
  note?: Record<string, unknown> | undefined;
}

const MAX_FIELDS = 50;
const MAX_NAME = 64;
/** Query values are kept only when they look like a switch or a name, never like free text or a secret. */
const PLAIN_VALUE = /^[A-Za-z0-9_.,:@-]{0,32}$/;

export function auditSummary(i: AuditInput): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  const body = parseJson(i.bodyText);
  if (Array.isArray(body)) out.items = body.length;
  else if (body !== null && typeof body === 'object') {
    const keys = Object.keys(body);
    out.fields = keys
      .slice(0, MAX_FIELDS)
      .map((k) => k.slice(0, MAX_NAME))
      .sort();
    if (keys.length > MAX_FIELDS) out.moreFields = keys.length - MAX_FIELDS;
  }
  const query = Object.entries(i.query ?? {}).slice(0, MAX_FIELDS);
  if (query.length > 0) {
    out.query = Object.fromEntries(
      query.map(([k, v]) => [k.slice(0, MAX_NAME), PLAIN_VALUE.test(v) ? v : '(set)']),
    );
  }
  Object.assign(out, i.note);
  return Object.keys(out).length > 0 ? out : null;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
