import {
  createGroupBodySchema,
  createUserBodySchema,
  updateUserBodySchema,
  userGroupsBodySchema,
} from '@quire/protocol';
import type { Hono } from 'hono';
import type { AppEnv } from '../adapters/http/app-env';
import type { UserAdminService } from '../services/user-admin';
import { noteAudit } from './audit';
import { jsonBody, parseBody } from './body';
import { pageParams } from './query';

/**
 * Users and groups (issue 5, PRODUCT.md §9), with the users CSV import's own rules:
 *
 * - `GET /users?q=&limit=&offset=` → UserPage (50 a page by default, at most 500)
 * - `POST /users` CreateUserBody → 201 UserDetail
 * - `GET /users/:email` → UserDetail; `PUT /users/:email` UpdateUserBody → UserDetail
 * - `DELETE /users/:email` → 204; 409 for the last administrator
 * - `PUT /users/:email/groups` UserGroupsBody → UserGroups
 * - `GET /groups` → GroupView[]; `POST /groups` CreateGroupBody → 201 GroupView; `DELETE /groups/:name` → 204
 */
export function mountUsers(app: Hono<AppEnv>, users: UserAdminService): void {
  app.get('/users', async (c) => {
    const page = pageParams((n) => c.req.query(n), { defaultLimit: 50, maxLimit: 500 });
    return c.json(await users.search((c.req.query('q') ?? '').slice(0, 254), page.limit, page.offset));
  });

  app.post('/users', async (c) => {
    const created = await users.create(parseBody(createUserBodySchema, await jsonBody(c.req)));
    noteAudit(c, { target: created.email });
    return c.json(created, 201);
  });

  app.get('/users/:email', async (c) => c.json(await users.detail(c.req.param('email'))));

  app.put('/users/:email', async (c) => {
    const body = parseBody(updateUserBodySchema, await jsonBody(c.req));
    return c.json(await users.update(c.req.param('email'), body));
  });

  app.delete('/users/:email', async (c) => {
    await users.delete(c.req.param('email'));
    return c.body(null, 204);
  });

  app.put('/users/:email/groups', async (c) => {
    const { groups } = parseBody(userGroupsBodySchema, await jsonBody(c.req));
    const result = await users.setGroups(c.req.param('email'), groups);
    noteAudit(c, { summary: { groups: result.groups.length } });
    return c.json(result);
  });

  app.get('/groups', async (c) => c.json(await users.groups()));

  app.post('/groups', async (c) => {
    const { name } = parseBody(createGroupBodySchema, await jsonBody(c.req));
    const group = await users.addGroup(name);
    noteAudit(c, { target: group.name });
    return c.json(group, 201);
  });

  app.delete('/groups/:name', async (c) => {
    await users.removeGroup(c.req.param('name'));
    return c.body(null, 204);
  });
}
