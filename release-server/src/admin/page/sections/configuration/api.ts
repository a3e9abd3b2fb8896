import { configApplyResultSchema, configPreviewSchema, configRefusalSchema } from '@quire/protocol';
import * as z from 'zod/mini';
import type { ApiClient } from '../../lib/api-client';

/**
 * The Configuration section's calls (release-server/src/admin/config-transfer.ts). The file itself is
 * passed through as the server wrote it: the import is where it is checked, and says where.
 */

/** What the page needs to know of an exported file; every other field is kept as it came. */
const exportedSchema = z.looseObject({ schemaVersion: z.number() });

/**
 * `GET /api/admin/config`, as a file to save: indented, so that a person can edit it (a price, say)
 * and import it again.
 */
export async function getConfigFile(api: ApiClient): Promise<Blob> {
  const doc = await api.get('/config', exportedSchema);
  return new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' });
}

/** `POST /api/admin/config/preview`: the diff (200), or every problem with its JSONPath (422). */
export const previewConfig = async (api: ApiClient, doc: unknown) =>
  (
    await api.request('/config/preview', {
      method: 'POST',
      body: doc,
      schema: configPreviewSchema,
      answerOn: [422],
    })
  ).data;

const applyAnswerSchema = z.union([configApplyResultSchema, configRefusalSchema]);

/**
 * `PUT /api/admin/config`: applied in one transaction, or (400) refused with every problem and nothing
 * changed. A printer being released to (409) and other failures throw.
 */
export const applyConfig = async (api: ApiClient, doc: unknown) =>
  (await api.request('/config', { method: 'PUT', body: doc, schema: applyAnswerSchema, answerOn: [400] }))
    .data;
