import type { Language, Role } from '@quire/protocol';
import type { NameField } from './name-fields';

/** PRODUCT.md §9: group names may not contain these; the server replaces each by `_`. */
const GROUP_FORBIDDEN = ['!', '@', '#', '$', '%', '^', '&', '*', ';', '+', '?', '/', '\\', '[', ']'];

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

const en: UsersWords = {
  list: {
    intro:
      'Everyone who prints. Search by email, name, short name, department or cost centre; open a person to change them.',
    search: 'Search users',
    searchHint: 'Part of an email, a name, a short name, a department or a cost centre.',
    searchButton: 'Search',
    showEveryone: 'Show everyone',
    newUser: 'New user',
    groups: 'Groups',
    importCsv: 'Import users from a CSV file',
    range: (first, last, total) => `${first}–${last} of ${total}`,
    caption: (range) => `Users ${range}`,
    captionSearch: (q, range) => `Users matching “${q}”: ${range}`,
    columns: {
      email: 'Email',
      shortname: 'Short name',
      name: 'Name',
      department: 'Department',
      role: 'Role',
      groups: 'Groups',
    },
    empty: 'No users yet. Create one, or import a CSV file.',
    emptySearch: (q) => `No user matches “${q}”.`,
    pages: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
  },
  fields: {
    email: 'Email',
    firstName: 'First name',
    lastName: 'Last name',
    displayName: 'Display name',
    displayNameHint: 'What printers greet them with. Empty: the first and last name.',
    shortname: 'Short name',
    shortnameHint:
      'Signs in at printers and on the web pages, and names the jobs they print from a computer. No @ or spaces.',
    department: 'Department',
    costCenter: 'Cost centre',
    customAttributes: 'Custom attributes',
    customAttributesHint: 'Free text kept with the user, as the CSV import brings it.',
    password: 'Password',
  },
  create: {
    title: 'New user',
    intro: 'Only the email is needed. A new user has the role user; change it once they are created.',
    passwordHint: (min) =>
      `Optional, at least ${min} characters. Without one, they sign in at printers with their badge only.`,
    groups: 'Groups',
    submit: 'Create user',
  },
  detail: {
    back: 'All users',
    facts: 'About this user',
    role: 'Role',
    groups: 'Groups',
    delegates: 'Delegates',
    badges: 'Badges',
    created: 'Created',
    updated: 'Last changed',
    none: 'None',
    passwordSet: 'Set: signs in on the web pages',
    passwordNone: 'None: signs in at printers with a badge only',
    permanent: 'permanent',
    temporaryUntil: (time) => `temporary, until ${time}`,
    expired: 'temporary, expired',
    manageBadges: 'Register or remove badges',
    detailsTitle: 'Name and details',
    newPassword: 'New password',
    newPasswordHint: (min) =>
      `Empty: the password stays as it is. At least ${min} characters; a new one signs them out of the web pages.`,
    roleTitle: 'Role',
    roleHints: {
      administrator: 'Changes every setting and every user.',
      helpdesk: 'Sees users, queues and settings; changes nothing.',
      user: 'Prints, and sees their own queue on the web.',
    },
    roleChoice: (role, what) => `${role} – ${what}`,
    memberOf: 'Member of',
    noGroupsYet: 'There are no groups yet.',
    newGroups: 'Add to new groups',
    newGroupsHint: 'Names separated by commas. A group that does not exist is created.',
    delegatesIntro:
      'People who may release this user’s jobs at a printer, when the company’s policies allow delegation.',
    noDelegates: 'No delegates.',
    remove: 'Remove',
    removeWho: (name) => `Remove ${name}`,
    addDelegate: 'Add a delegate',
    addDelegateHint: 'Their email or short name. Added when you save.',
    deleteTitle: 'Delete this user',
    deleteIntro:
      'Their badges, groups and delegations go with them. Their jobs stay, without an owner, until they expire.',
    deleteButton: 'Delete this user…',
    deleteQuestion: (email) => `Delete ${email}? This cannot be undone.`,
    deleted: (email) => `${email} is deleted.`,
  },
  groups: {
    intro:
      'Groups gather users; the CSV import and each user’s page add people to them. Deleting a group deletes nobody: only its memberships go.',
    caption: (n) => (n === 1 ? '1 group' : `${n} groups`),
    name: 'Name',
    members: 'Members',
    actions: 'Actions',
    empty: 'No groups yet.',
    deleteButton: 'Delete…',
    deleteWhich: (name) => `Delete the group ${name}`,
    deleteQuestion: (name, members) =>
      members === 0
        ? `Delete the group “${name}”?`
        : `Delete the group “${name}”? Its ${members === 1 ? 'member leaves' : `${members} members leave`} it.`,
    addTitle: 'New group',
    nameHint: `These characters become _: ${GROUP_FORBIDDEN.join(' ')}`,
    submit: 'Create group',
  },
  confirm: {
    yes: 'Delete',
    cancel: 'Cancel',
    working: 'Deleting…',
    failed: (reason) => `Not deleted: ${reason}`,
  },
  reasons: {
    shortnameChars: 'No @ or spaces in a short name.',
    controlChars: 'No control characters (tabs, line breaks).',
    exists: 'There is already a user with this email.',
    taken: (by) => `This is already the short name of ${by}.`,
    noUser: (name) => `There is no user ${name}.`,
    ownDelegate: 'A user cannot be their own delegate.',
    groupExists: 'There is already a group of this name.',
  },
};

/** French spacing: a non-breaking space before « : ; ! ? % » and inside « ». */
const NB = '\u00a0';
const quoted = (s: string) => `«${NB}${s}${NB}»`;

const fr: UsersWords = {
  list: {
    intro: `Toutes les personnes qui impriment. Cherchez par e-mail, nom, nom court, service ou centre de coût${NB}; ouvrez une personne pour la modifier.`,
    search: 'Chercher des utilisateurs',
    searchHint: 'Une partie d’un e-mail, d’un nom, d’un nom court, d’un service ou d’un centre de coût.',
    searchButton: 'Chercher',
    showEveryone: 'Afficher tout le monde',
    newUser: 'Nouvel utilisateur',
    groups: 'Groupes',
    importCsv: 'Importer des utilisateurs depuis un fichier CSV',
    range: (first, last, total) => `${first} à ${last} sur ${total}`,
    caption: (range) => `Utilisateurs ${range}`,
    captionSearch: (q, range) => `Utilisateurs correspondant à ${quoted(q)}${NB}: ${range}`,
    columns: {
      email: 'E-mail',
      shortname: 'Nom court',
      name: 'Nom',
      department: 'Service',
      role: 'Rôle',
      groups: 'Groupes',
    },
    empty: 'Aucun utilisateur pour l’instant. Créez-en un, ou importez un fichier CSV.',
    emptySearch: (q) => `Aucun utilisateur ne correspond à ${quoted(q)}.`,
    pages: 'Pages',
    previous: 'Page précédente',
    next: 'Page suivante',
    pageOf: (page, pages) => `Page ${page} sur ${pages}`,
  },
  fields: {
    email: 'E-mail',
    firstName: 'Prénom',
    lastName: 'Nom',
    displayName: 'Nom affiché',
    displayNameHint: `Le nom par lequel les imprimantes les saluent. Vide${NB}: le prénom et le nom.`,
    shortname: 'Nom court',
    shortnameHint:
      'Permet de se connecter aux imprimantes et aux pages web, et nomme les travaux imprimés depuis un ordinateur. Sans @ ni espace.',
    department: 'Service',
    costCenter: 'Centre de coût',
    customAttributes: 'Attributs personnalisés',
    customAttributesHint: 'Texte libre gardé avec l’utilisateur, tel que l’import CSV l’apporte.',
    password: 'Mot de passe',
  },
  create: {
    title: 'Nouvel utilisateur',
    intro: `Seul l’e-mail est nécessaire. Un nouvel utilisateur a le rôle utilisateur${NB}; changez-le une fois le compte créé.`,
    passwordHint: (min) =>
      `Facultatif, au moins ${min}${NB}caractères. Sans mot de passe, la personne se connecte aux imprimantes avec son badge seulement.`,
    groups: 'Groupes',
    submit: 'Créer l’utilisateur',
  },
  detail: {
    back: 'Tous les utilisateurs',
    facts: 'À propos de cet utilisateur',
    role: 'Rôle',
    groups: 'Groupes',
    delegates: 'Délégués',
    badges: 'Badges',
    created: 'Créé',
    updated: 'Dernière modification',
    none: 'Aucun',
    passwordSet: `Défini${NB}: se connecte aux pages web`,
    passwordNone: `Aucun${NB}: se connecte aux imprimantes avec un badge seulement`,
    permanent: 'permanent',
    temporaryUntil: (time) => `temporaire, jusqu’au ${time}`,
    expired: 'temporaire, expiré',
    manageBadges: 'Enregistrer ou supprimer des badges',
    detailsTitle: 'Nom et informations',
    newPassword: 'Nouveau mot de passe',
    newPasswordHint: (min) =>
      `Vide${NB}: le mot de passe ne change pas. Au moins ${min}${NB}caractères${NB}; un nouveau mot de passe déconnecte la personne des pages web.`,
    roleTitle: 'Rôle',
    roleHints: {
      administrator: 'Modifie tous les réglages et tous les utilisateurs.',
      helpdesk: `Voit les utilisateurs, les files et les réglages${NB}; ne modifie rien.`,
      user: 'Imprime, et voit sa propre file sur le web.',
    },
    roleChoice: (role, what) => `${role} – ${what}`,
    memberOf: 'Membre de',
    noGroupsYet: 'Il n’y a encore aucun groupe.',
    newGroups: 'Ajouter à de nouveaux groupes',
    newGroupsHint: 'Noms séparés par des virgules. Un groupe qui n’existe pas est créé.',
    delegatesIntro:
      'Les personnes qui peuvent libérer les travaux de cet utilisateur à une imprimante, quand les règles de l’entreprise permettent la délégation.',
    noDelegates: 'Aucun délégué.',
    remove: 'Retirer',
    removeWho: (name) => `Retirer ${name}`,
    addDelegate: 'Ajouter un délégué',
    addDelegateHint: 'Son e-mail ou son nom court. Ajouté à l’enregistrement.',
    deleteTitle: 'Supprimer cet utilisateur',
    deleteIntro:
      'Ses badges, ses groupes et ses délégations disparaissent avec lui. Ses travaux restent, sans propriétaire, jusqu’à leur expiration.',
    deleteButton: 'Supprimer cet utilisateur…',
    deleteQuestion: (email) => `Supprimer ${email}${NB}? C’est définitif.`,
    deleted: (email) => `${email} est supprimé.`,
  },
  groups: {
    intro: `Les groupes rassemblent des utilisateurs${NB}; l’import CSV et la page de chaque utilisateur y ajoutent des personnes. Supprimer un groupe ne supprime personne${NB}: seules ses adhésions disparaissent.`,
    caption: (n) => (n <= 1 ? `${n}${NB}groupe` : `${n}${NB}groupes`),
    name: 'Nom',
    members: 'Membres',
    actions: 'Actions',
    empty: 'Aucun groupe pour l’instant.',
    deleteButton: 'Supprimer…',
    deleteWhich: (name) => `Supprimer le groupe ${name}`,
    deleteQuestion: (name, members) =>
      members === 0
        ? `Supprimer le groupe ${quoted(name)}${NB}?`
        : `Supprimer le groupe ${quoted(name)}${NB}? ${members === 1 ? 'Son membre le quitte' : `Ses ${members}${NB}membres le quittent`}.`,
    addTitle: 'Nouveau groupe',
    nameHint: `Ces caractères deviennent _${NB}:${NB}${GROUP_FORBIDDEN.join(NB)}`,
    submit: 'Créer le groupe',
  },
  confirm: {
    yes: 'Supprimer',
    cancel: 'Annuler',
    working: 'Suppression…',
    failed: (reason) => `Non supprimé${NB}: ${reason}`,
  },
  reasons: {
    shortnameChars: 'Pas de @ ni d’espace dans un nom court.',
    controlChars: 'Pas de caractères de contrôle (tabulations, sauts de ligne).',
    exists: 'Un utilisateur a déjà cet e-mail.',
    taken: (by) => `C’est déjà le nom court de ${by}.`,
    noUser: (name) => `Il n’y a pas d’utilisateur ${name}.`,
    ownDelegate: 'Un utilisateur ne peut pas être son propre délégué.',
    groupExists: 'Un groupe porte déjà ce nom.',
  },
};

export const usersWords: Record<Language, UsersWords> = { en, fr };
