import { type Retention, retentionSchema } from '@quire/protocol';
import type { SettingsResource } from '../../lib/admin-api';

/**
 * `GET|PUT /api/admin/retention` (release-server/src/admin/retention.ts): both lifespans in hours; until
 * an administrator sets them, the server's environment values.
 */
export const RETENTION: SettingsResource<Retention> = { path: '/retention', schema: retentionSchema };
