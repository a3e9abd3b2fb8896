import type { Language, Role } from '@quire/protocol';
import type { NameField } from './name-fields';
import { en } from './words-en';
import { fr } from './words-fr';

/** The user fields the forms and the facts name (the API's names). */
export type UserFieldName = NameField | 'email' | 'password';

/** The Users section's words (`#/users`, `#/users/<email>`, `#/users/-new`, `#/users/-groups`). */
export interface UsersWords {
  list: {
    intro: string;
    search: string;
    searchHint: string;
    searchButton: string;
    showEveryone: string;
    newUser: string;
    groups: string;
    importCsv: string;
    /** Which users of how many: "51–100 of 230". */
    range: (first: number, last: number, total: number) => string;
    caption: (range: string) => string;
    captionSearch: (q: string, range: string) => string;
    columns: {
      email: string;
      shortname: string;
      name: string;
      department: string;
      role: string;
      groups: string;
    };
    empty: string;
    emptySearch: (q: string) => string;
    pages: string;
    previous: string;
    next: string;
    pageOf: (page: number, pages: number) => string;
  };
  fields: Record<UserFieldName, string> & {
    displayNameHint: string;
    shortnameHint: string;
    customAttributesHint: string;
  };
  create: {
    title: string;
    intro: string;
    passwordHint: (min: number) => string;
    groups: string;
    submit: string;
  };
  detail: {
    back: string;
    facts: string;
    role: string;
    groups: string;
    delegates: string;
    badges: string;
    created: string;
    updated: string;
    none: string;
    passwordSet: string;
    passwordNone: string;
    permanent: string;
    temporaryUntil: (time: string) => string;
    expired: string;
    manageBadges: string;
    detailsTitle: string;
    newPassword: string;
    newPasswordHint: (min: number) => string;
    roleTitle: string;
    roleHints: Record<Role, string>;
    /** A role and what it may do, as one choice. */
    roleChoice: (role: string, what: string) => string;
    memberOf: string;
    noGroupsYet: string;
    newGroups: string;
    newGroupsHint: string;
    delegatesIntro: string;
    noDelegates: string;
    remove: string;
    removeWho: (name: string) => string;
    addDelegate: string;
    addDelegateHint: string;
    deleteTitle: string;
    deleteIntro: string;
    deleteButton: string;
    deleteQuestion: (email: string) => string;
    deleted: (email: string) => string;
  };
  groups: {
    intro: string;
    caption: (n: number) => string;
    name: string;
    members: string;
    actions: string;
    empty: string;
    deleteButton: string;
    deleteWhich: (name: string) => string;
    deleteQuestion: (name: string, members: number) => string;
    addTitle: string;
    nameHint: string;
    submit: string;
  };
  confirm: { yes: string; cancel: string; working: string; failed: (reason: string) => string };
  /** Why the server refused a field (sections/users/refusals.ts), where the page's shared words lack it. */
  reasons: {
    shortnameChars: string;
    controlChars: string;
    exists: string;
    taken: (by: string) => string;
    noUser: (name: string) => string;
    ownDelegate: string;
    groupExists: string;
  };
}

export const usersWords: Record<Language, UsersWords> = { en, fr };
