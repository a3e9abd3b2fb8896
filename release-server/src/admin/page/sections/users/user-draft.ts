import {
  type CreateUserBody,
  createUserBodySchema,
  emailSchema,
  type UpdateUserBody,
  type UserDetail,
  updateUserBodySchema,
} from '@quire/protocol';
import { NAME_FIELDS, type NameField } from './name-fields';
import { type FieldProblem, issueProblems } from './refusals';

/**
 * What the user forms hold while a person types, and the bodies they send: text boxes hold strings, the
 * API takes a string to set a field and null to clear it (protocol admin-resources.ts).
 */

export type NameDraft = Record<NameField, string>;

/** The "Name and details" form of a user: the names, and a new password when one is typed. */
export interface DetailsDraft extends NameDraft {
  password: string;
}

export interface NewUserDraft extends DetailsDraft {
  email: string;
  /** Group names separated by commas. */
  groups: string;
}

export const namesOf = (u: UserDetail | null): NameDraft =>
  Object.fromEntries(NAME_FIELDS.map((f) => [f, u?.[f] ?? ''])) as NameDraft;

/** Names separated by commas, each trimmed; empty ones dropped. */
export const splitNames = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * `PUT /users/:email`: only the fields that changed (the server then leaves the others alone, a custom
 * attribute's line breaks included), an emptied one as null; the password when one is typed.
 */
export function updateBody(draft: DetailsDraft, before: NameDraft): UpdateUserBody {
  const body: UpdateUserBody = {};
  for (const f of NAME_FIELDS) {
    const value = draft[f].trim();
    if (value !== before[f].trim()) body[f] = value === '' ? null : value;
  }
  if (draft.password !== '') body.password = draft.password;
  return body;
}

/** `POST /users`: the fields filled in, the groups as a list. */
export function createBody(draft: NewUserDraft): CreateUserBody {
  const body: CreateUserBody = { email: draft.email.trim() };
  for (const f of NAME_FIELDS) {
    const value = draft[f].trim();
    if (value !== '') body[f] = value;
  }
  if (draft.password !== '') body.password = draft.password;
  const groups = splitNames(draft.groups);
  if (groups.length > 0) body.groups = groups;
  return body;
}

/**
 * What the page can tell before sending a new user: an email is there and is one, and the protocol's
 * limits. Everything else (a short name with a space, one already taken) the server says, by field.
 */
export function checkNewUser(draft: NewUserDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.email.trim() === '') problems.push({ field: 'email', reason: { kind: 'required' } });
  else if (!emailSchema.safeParse(draft.email).success)
    problems.push({ field: 'email', reason: { kind: 'not-email' } });
  const parsed = createUserBodySchema.safeParse(createBody(draft));
  return parsed.success ? problems : [...problems, ...issueProblems(parsed.error.issues)];
}

export function checkUpdate(draft: DetailsDraft, before: NameDraft): FieldProblem[] {
  const parsed = updateUserBodySchema.safeParse(updateBody(draft, before));
  return parsed.success ? [] : issueProblems(parsed.error.issues);
}
