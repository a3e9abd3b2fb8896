import {
  type CreateUserBody,
  groupViewSchema,
  type Role,
  roleChangeSchema,
  type UpdateUserBody,
  userDetailSchema,
  userGroupsSchema,
  userPageSchema,
} from '@quire/protocol';
import * as z from 'zod/mini';
import type { ApiClient } from '../../lib/api-client';

/**
 * The users and groups endpoints (release-server/src/admin/users.ts, and the role and delegates routes
 * of admin/api.ts and admin/panel-settings.ts), each answer parsed with its protocol schema.
 */

const p = encodeURIComponent;
const groupListSchema = z.array(groupViewSchema);
/** `PUT /users/:email/delegates` answers the list as the user's detail holds it. */
const delegatesSchema = userDetailSchema.shape.delegates;

/** Users a page; the server's own default (admin/users.ts). */
export const USERS_PER_PAGE = 50;

/** `GET /users?q=&limit=&offset=`: `q` matches email, names, short name, department, cost centre. */
export const searchUsers = (api: ApiClient, q: string, page: number, signal?: AbortSignal) =>
  api.get(
    `/users?${new URLSearchParams({
      q,
      limit: String(USERS_PER_PAGE),
      offset: String((page - 1) * USERS_PER_PAGE),
    })}`,
    userPageSchema,
    signal,
  );

export const getUser = (api: ApiClient, email: string, signal?: AbortSignal) =>
  api.get(`/users/${p(email)}`, userDetailSchema, signal);

export const createUser = (api: ApiClient, body: CreateUserBody) =>
  api.send('POST', '/users', userDetailSchema, body);

/** Changes only the fields named; a new password ends the user's web sessions. */
export const updateUser = (api: ApiClient, email: string, body: UpdateUserBody) =>
  api.send('PUT', `/users/${p(email)}`, userDetailSchema, body);

/** Refused (409) for the last administrator. */
export const deleteUser = (api: ApiClient, email: string) =>
  api.request(`/users/${p(email)}`, { method: 'DELETE' });

/** Refused (409) when it would leave no administrator. */
export const setRole = (api: ApiClient, email: string, role: Role) =>
  api.send('PUT', `/users/${p(email)}/role`, roleChangeSchema, { role });

/** The groups the user ends up in; unknown ones are created. */
export const setGroups = (api: ApiClient, email: string, groups: readonly string[]) =>
  api.send('PUT', `/users/${p(email)}/groups`, userGroupsSchema, { groups });

/** The whole list, by email or short name. */
export const setDelegates = (api: ApiClient, email: string, delegates: readonly string[]) =>
  api.send('PUT', `/users/${p(email)}/delegates`, delegatesSchema, { delegates });

export const getGroups = (api: ApiClient, signal?: AbortSignal) =>
  api.get('/groups', groupListSchema, signal);

export const createGroup = (api: ApiClient, name: string) =>
  api.send('POST', '/groups', groupViewSchema, { name });

/** Its memberships go with it. */
export const deleteGroup = (api: ApiClient, name: string) =>
  api.request(`/groups/${p(name)}`, { method: 'DELETE' });
