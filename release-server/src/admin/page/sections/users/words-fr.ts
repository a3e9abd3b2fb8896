import { GROUP_FORBIDDEN_CHARACTERS as GROUP_FORBIDDEN } from '../../../../domain/user-fields';
import type { UsersWords } from './words';

/** French spacing: a non-breaking space before « : ; ! ? % » and inside « ». */
const NB = '\u00a0';
const quoted = (s: string) => `«${NB}${s}${NB}»`;

/** The Users section in French. */
export const fr: UsersWords = {
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
