import {
  adminJobSchema,
  type ImportReport,
  importReportSchema,
  type SnmpSettingsBody,
} from '@quire/protocol';
import * as z from 'zod/mini';

export type ImportOutcome =
  | { kind: 'done'; report: ImportReport }
  /** The server has no such endpoint (HTTP 404). */
  | { kind: 'unavailable'; status: number };

export class AdminApiError extends Error {
  override name = 'AdminApiError';
}

/**
 * The release server's admin REST API over HTTP, with the admin token: the demo sets itself up through
 * the same API an administrator uses, so it exercises it too.
 */
export class AdminClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private call(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.baseUrl}/api/admin${path}`, {
      ...init,
      headers: { authorization: `Bearer ${this.token}`, ...(init.headers as Record<string, string>) },
      signal: AbortSignal.timeout(60_000),
    });
  }

  /** Adds the printer, or updates it when the name exists (the server reads its capabilities). */
  async addPrinter(name: string, uri: string): Promise<void> {
    const res = await this.call('/printers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, uri }),
    });
    if (!res.ok) throw new AdminApiError(`POST /api/admin/printers (${name}): ${await describe(res)}`);
  }

  /**
   * Tells the server how to reach the printer's SNMP agent (fleet monitoring). `unavailable` when this
   * server has no fleet API.
   */
  async setSnmp(name: string, settings: SnmpSettingsBody): Promise<'done' | 'unavailable'> {
    const res = await this.call(`/printers/${encodeURIComponent(name)}/snmp`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(settings),
    });
    // No such route (`not-found`), as opposed to no such printer (`unknown-printer`).
    if (
      res.status === 404 &&
      (safeJson(await res.clone().text()) as { code?: unknown } | null)?.code === 'not-found'
    )
      return 'unavailable';
    if (!res.ok) throw new AdminApiError(`PUT /api/admin/printers/${name}/snmp: ${await describe(res)}`);
    return 'done';
  }

  /** `PUT /api/admin/<path>` with a JSON body; throws with the server's reason when refused. */
  async put(path: string, body: unknown): Promise<void> {
    const res = await this.call(path, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new AdminApiError(`PUT /api/admin${path}: ${await describe(res)}`);
  }

  /** How many jobs the server holds or has held. */
  async jobCount(): Promise<number> {
    const res = await this.call('/jobs?limit=1');
    if (!res.ok) throw new AdminApiError(`GET /api/admin/jobs: ${await describe(res)}`);
    return z.array(adminJobSchema).parse(await res.json()).length;
  }

  /** `POST /users/import` or `/badges/import` with a CSV body, applying the valid rows. */
  async importCsv(kind: 'users' | 'badges', csv: string): Promise<ImportOutcome> {
    const res = await this.call(`/${kind}/import?mode=apply-valid`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      body: csv,
    });
    const text = await res.text();
    if (res.status === 404) return { kind: 'unavailable', status: 404 };
    if (!res.ok)
      throw new AdminApiError(`POST /api/admin/${kind}/import: HTTP ${res.status} ${text.slice(0, 300)}`);
    const parsed = importReportSchema.safeParse(safeJson(text));
    if (!parsed.success)
      throw new AdminApiError(
        `POST /api/admin/${kind}/import answered an unexpected body: ${text.slice(0, 300)}`,
      );
    return { kind: 'done', report: parsed.data };
  }
}

async function describe(res: Response): Promise<string> {
  const text = await res.text();
  const body = safeJson(text) as { message?: unknown } | null;
  return `HTTP ${res.status} ${typeof body?.message === 'string' ? body.message : text.slice(0, 300)}`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
