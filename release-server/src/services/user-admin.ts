import {
  AppError,
  type CreateUserBody,
  type GroupView,
  type UpdateUserBody,
  type UserDetail,
  type UserPage,
  type UserSummary,
} from '@quire/protocol';
import { hashPassword } from '../adapters/crypto/password';
import type { BadgeAdminStore } from '../adapters/sqlite/badge-admin-store';
import type { Database, Transaction } from '../adapters/sqlite/database';
import type { DirectoryStore } from '../adapters/sqlite/directory-store';
import type { AdminUserRecord, UserAdminStore } from '../adapters/sqlite/user-admin-store';
import { displayNameOf, type UserStore } from '../adapters/sqlite/user-store';
import type { AccountStore } from '../auth/account-store';
import { lastAdministratorRefusal, printingRefusal } from '../domain/administrators';
import { apiWords } from '../domain/api-words';
import { parseEmail } from '../domain/import-values';
import { byField, readGroups, readUserFields, type UserFields } from '../domain/user-fields';
import type { UserOp } from '../domain/user-import';
import type { Logger } from '../log';
import { badgeView } from './badge-admin';

interface Deps {
  db: Database;
  store: UserAdminStore;
  users: UserStore;
  accounts: AccountStore;
  badges: BadgeAdminStore;
  directory: DirectoryStore;
  log: Logger;
  /** @default hashPassword (scrypt) */
  hash?: (password: string) => Promise<string>;
  /** @default Date.now */
  now?: () => number;
}

/** The import's line number for the one op a route applies (ops are keyed by line). */
const LINE = 1;

const notFound = (email: string) => new AppError('not-found', `There is no user ${email.slice(0, 254)}.`);

/** Refuses with every reason the import's rules gave, in the API's field names. */
function refuse(reasons: readonly string[]): never {
  throw new AppError('bad-request', `${apiWords(reasons.join('; '))}.`);
}

/** The body's fields as a users CSV row, so that the import's rules read them. */
function asCsvRow(body: Partial<CreateUserBody>, creating: boolean, groups = '') {
  // On UPDATE an empty value leaves a field alone and `[delete]` clears it; in JSON, "" and null clear.
  const v = (value: string | null | undefined) =>
    value === undefined ? '' : value === null || value.trim() === '' ? (creating ? '' : '[delete]') : value;
  return byField([
    '',
    '',
    body.password ?? '',
    v(body.firstName),
    v(body.lastName),
    v(body.displayName),
    v(body.shortname),
    groups,
    v(body.customAttributes),
    v(body.costCenter),
    v(body.department),
  ]);
}

/** Group names from JSON, read by the import's rule (forbidden characters become `_`, duplicates go). */
export function readGroupNames(names: readonly string[], reasons: string[]): string[] {
  const comma = names.find((n) => n.includes(','));
  if (comma !== undefined) reasons.push(`group "${comma.slice(0, 40)}" must not contain a comma`);
  return readGroups(names.join(','), true, reasons) ?? [];
}

export function userSummary(u: AdminUserRecord): UserSummary {
  return {
    email: u.email,
    name: displayNameOf(u),
    firstName: u.firstName,
    lastName: u.lastName,
    displayName: u.displayName,
    shortname: u.shortname,
    department: u.department,
    costCenter: u.costCenter,
    role: u.role,
    groups: u.groups,
    hasPassword: u.hasPassword,
  };
}

/**
 * Users and groups for the admin API (issue 5). Every change is a users-import op applied by the
 * import's own store code (columns, groups, jobs sent before the user existed), checked by the
 * import's own rules, in one write transaction with the checks that depend on the directory.
 */
export class UserAdminService {
  constructor(private readonly d: Deps) {}

  async search(text: string, limit: number, offset: number): Promise<UserPage> {
    const { users, total } = await this.d.store.search(text.trim(), limit, offset);
    return { users: users.map(userSummary), total, limit, offset };
  }

  async detail(email: string): Promise<UserDetail> {
    const user = await this.d.store.byEmail(email);
    if (!user) throw notFound(email);
    const [{ badges }, delegates] = await Promise.all([
      this.d.badges.list(user.id, 1000, 0),
      this.d.users.delegatesOf(user.id),
    ]);
    const now = this.now();
    return {
      ...userSummary(user),
      customAttributes: user.customAttributes,
      badges: badges.map((b) => badgeView(b, now)),
      delegates: delegates.map((u) => ({ email: u.email, displayName: displayNameOf(u) })),
      createdAt: new Date(user.createdAt).toISOString(),
      updatedAt: new Date(user.updatedAt).toISOString(),
    };
  }

  async create(body: CreateUserBody): Promise<UserDetail> {
    const reasons: string[] = [];
    const email = parseEmail(body.email);
    if (!email.ok) reasons.push(email.reason);
    const groups = readGroupNames(body.groups ?? [], reasons);
    const fields = readUserFields(asCsvRow(body, true), true, reasons);
    if (!email.ok || reasons.length > 0) refuse(reasons);
    const hash = await this.hashOf(fields);
    await this.d.db.transaction(async (tx) => {
      if (await this.d.accounts.byEmail(email.value, tx)) {
        throw new AppError('conflict', `${email.value} already exists.`);
      }
      await this.checkShortname(tx, fields, null);
      const op: UserOp = {
        kind: 'create',
        line: LINE,
        key: email.value,
        values: fields.values,
        groups,
        password: fields.password,
        claimNames: names(email.value, fields.values.shortname),
      };
      await this.apply(tx, op, hash);
    });
    this.d.log.info('user created', { groups: groups.length });
    return this.detail(email.value);
  }

  async update(email: string, body: UpdateUserBody): Promise<UserDetail> {
    const reasons: string[] = [];
    const fields = readUserFields(asCsvRow(body, false), false, reasons);
    if (reasons.length > 0) refuse(reasons);
    const hash = await this.hashOf(fields);
    await this.d.db.transaction(async (tx) => {
      const user = await this.d.store.byEmail(email, tx);
      if (!user) throw notFound(email);
      await this.checkShortname(tx, fields, user.id);
      const shortname = fields.values.shortname === undefined ? user.shortname : fields.values.shortname;
      await this.apply(
        tx,
        {
          kind: 'update',
          line: LINE,
          key: user.email,
          id: user.id,
          values: fields.values,
          groups: null,
          password: fields.password,
          claimNames: names(user.email, shortname),
        },
        hash,
      );
    });
    return this.detail(email);
  }

  /** Deletes a user (badges, groups and delegations go; their jobs stay, without owner). */
  async delete(email: string): Promise<void> {
    await this.d.db.transaction(async (tx) => {
      const account = await this.d.accounts.byEmail(email, tx);
      if (!account) throw notFound(email);
      const refusal = lastAdministratorRefusal(
        account.email,
        account.role,
        await this.d.accounts.countAdministrators(tx),
      );
      const printing = printingRefusal(account.email, await this.d.directory.printing(tx, account.id));
      if (refusal ?? printing) throw new AppError('conflict', `${refusal ?? printing}.`);
      await this.apply(tx, { kind: 'delete', line: LINE, key: account.email, id: account.id }, null);
    });
    this.d.log.info('user deleted', {});
  }

  /** Puts a user in exactly these groups; unknown ones are created, as the import does. */
  async setGroups(email: string, wanted: readonly string[]): Promise<{ email: string; groups: string[] }> {
    const reasons: string[] = [];
    const groups = readGroupNames(wanted, reasons);
    if (reasons.length > 0) refuse(reasons);
    return this.d.db.transaction(async (tx) => {
      const user = await this.d.store.byEmail(email, tx);
      if (!user) throw notFound(email);
      await this.apply(
        tx,
        {
          kind: 'update',
          line: LINE,
          key: user.email,
          id: user.id,
          values: {},
          groups,
          password: null,
          claimNames: [],
        },
        null,
      );
      return { email: user.email, groups: (await this.d.store.byEmail(user.email, tx))!.groups };
    });
  }

  groups(): Promise<GroupView[]> {
    return this.d.store.groups();
  }

  async addGroup(raw: string): Promise<GroupView> {
    const reasons: string[] = [];
    const [name] = readGroupNames([raw], reasons);
    if (reasons.length > 0) refuse(reasons);
    if (name === undefined) throw new AppError('bad-request', 'name: a group needs a name.');
    const added = await this.d.db.transaction((tx) => this.d.store.addGroup(tx, name));
    if (!added) throw new AppError('conflict', `There is already a group "${name}".`);
    return { name, members: 0 };
  }

  async removeGroup(name: string): Promise<void> {
    const removed = await this.d.db.transaction((tx) => this.d.store.removeGroup(tx, name));
    if (!removed) throw new AppError('not-found', `There is no group "${name.slice(0, 255)}".`);
  }

  private async checkShortname(tx: Transaction, fields: UserFields, userId: number | null): Promise<void> {
    const shortname = fields.values.shortname;
    if (!shortname) return;
    const owner = await this.d.store.shortnameOwner(tx, shortname, userId);
    if (owner) throw new AppError('conflict', `shortname "${shortname}" is already used by ${owner}.`);
  }

  private apply(tx: Transaction, op: UserOp, hash: string | null): Promise<void> {
    const hashes = new Map<number, string>(hash === null ? [] : [[LINE, hash]]);
    return this.d.directory.applyUsers(tx, [op], hashes, this.now());
  }

  /** Hashed before the write transaction, so that scrypt never holds the writer. */
  private async hashOf(fields: UserFields): Promise<string | null> {
    return fields.password === null ? null : (this.d.hash ?? hashPassword)(fields.password);
  }

  private now(): number {
    return (this.d.now ?? Date.now)();
  }
}

function names(email: string, shortname: string | null | undefined): string[] {
  return shortname ? [email, shortname] : [email];
}
