import type { Language } from '@quire/protocol';
import type { BadgeReason } from './refusal';

/** French spacing: a non-breaking space before « : ; ! ? % » and inside « ». */
const NB = '\u00a0';

/** The Badges section's words (`#/badges`). */
export interface BadgesWords {
  intro: string;
  importLink: string;
  readOnly: string;
  filter: { email: string; show: string; everyone: string; noUser: (email: string) => string };
  caption: (first: number, last: number, total: number) => string;
  captionOf: (email: string, total: number) => string;
  empty: string;
  emptyOf: (email: string) => string;
  columns: { badge: string; person: string; kind: string; registered: string; actions: string };
  permanent: string;
  temporary: string;
  until: (time: string) => string;
  expiredAt: (time: string) => string;
  newer: string;
  older: string;
  remove: {
    button: string;
    name: (badge: string) => string;
    question: (badge: string, email: string) => string;
    yes: string;
    no: string;
    busy: string;
    done: (badge: string, email: string) => string;
    failed: (badge: string, reason: string) => string;
  };
  register: {
    title: string;
    badge: string;
    badgeHint: string;
    email: string;
    emailHint: string;
    kind: string;
    permanent: string;
    temporary: string;
    submit: string;
    busy: string;
    fix: string;
    done: (badge: string, email: string) => string;
    doneTemporary: (badge: string, email: string, until: string) => string;
    replaced: (old: string) => string;
    failed: (reason: string) => string;
    reasons: {
      required: string;
      'badge-chars': string;
      'not-email': string;
      'too-long': (max: number) => string;
      'no-user': (email: string) => string;
      taken: (owner: string) => string;
    };
  };
}

/** A refusal's reason in the page's words. */
export function reasonWords(reason: BadgeReason, w: BadgesWords): string {
  const r = w.register.reasons;
  switch (reason.kind) {
    case 'required':
    case 'badge-chars':
    case 'not-email':
      return r[reason.kind];
    case 'too-long':
      return r['too-long'](reason.max);
    case 'no-user':
      return r['no-user'](reason.email);
    case 'taken':
      return r.taken(reason.owner);
    default:
      return reason satisfies never;
  }
}

export const badgesWords: Record<Language, BadgesWords> = {
  en: {
    intro:
      'Badges sign people in at the printers. Each person has at most one permanent badge: a new one replaces the old. A temporary badge works for 24 hours, next to the permanent one (a forgotten card, a visitor).',
    importLink: 'Import badges from a CSV file',
    readOnly: 'Your account (helpdesk) can see the badges but not register or delete them.',
    filter: {
      email: 'Person’s email',
      show: 'Show',
      everyone: 'Everyone’s badges',
      noUser: (email) => `There is no user ${email}.`,
    },
    caption: (first, last, total) => `Badges ${first} to ${last} of ${total}`,
    captionOf: (email, total) => `Badges of ${email}: ${total}`,
    empty: 'No badge is registered yet.',
    emptyOf: (email) => `${email} has no badge.`,
    columns: {
      badge: 'Badge',
      person: 'Person',
      kind: 'Kind',
      registered: 'Registered',
      actions: 'Actions',
    },
    permanent: 'permanent',
    temporary: 'temporary',
    until: (time) => `until ${time}`,
    expiredAt: (time) => `expired at ${time}`,
    newer: 'Previous badges',
    older: 'Next badges',
    remove: {
      button: 'Delete',
      name: (badge) => `Delete badge ${badge}`,
      question: (badge, email) => `Delete badge ${badge} of ${email}? It will no longer sign them in.`,
      yes: 'Delete',
      no: 'Keep',
      busy: 'Deleting…',
      done: (badge, email) => `Badge ${badge} of ${email} deleted.`,
      failed: (badge, reason) => `Badge ${badge} not deleted: ${reason}`,
    },
    register: {
      title: 'Register a badge',
      badge: 'Badge number',
      badgeHint: 'As the reader types it: 1 to 128 letters, digits or signs, no spaces.',
      email: 'Person’s email',
      emailHint: 'The person must exist already (Users).',
      kind: 'Kind',
      permanent: 'Permanent (replaces the person’s permanent badge)',
      temporary: 'Temporary, for 24 hours',
      submit: 'Register',
      busy: 'Registering…',
      fix: 'Not registered: correct the fields marked in red.',
      done: (badge, email) => `Badge ${badge} registered for ${email}.`,
      doneTemporary: (badge, email, until) =>
        `Temporary badge ${badge} registered for ${email}, until ${until}.`,
      replaced: (old) => ` It replaces badge ${old}, which no longer signs them in.`,
      failed: (reason) => `Not registered: ${reason}`,
      reasons: {
        required: 'Required.',
        'badge-chars': 'Letters, digits or signs only, no spaces, at most 128.',
        'not-email': 'This is not an email address (name@example.com).',
        'too-long': (max) => `At most ${max} characters.`,
        'no-user': (email) => `There is no user ${email}. Create them first (Users).`,
        taken: (owner) => `This badge already belongs to ${owner}. Delete it there first.`,
      },
    },
  },
  fr: {
    intro: `Les badges identifient les personnes aux imprimantes. Chacun a au plus un badge permanent${NB}: un nouveau remplace l’ancien. Un badge temporaire vaut 24${NB}heures, en plus du permanent (carte oubliée, visiteur).`,
    importLink: 'Importer des badges depuis un fichier CSV',
    readOnly: 'Votre compte (assistance) peut voir les badges mais pas en enregistrer ni en supprimer.',
    filter: {
      email: 'E-mail de la personne',
      show: 'Afficher',
      everyone: 'Les badges de tout le monde',
      noUser: (email) => `Il n’y a pas d’utilisateur ${email}.`,
    },
    caption: (first, last, total) => `Badges ${first} à ${last} sur ${total}`,
    captionOf: (email, total) => `Badges de ${email}${NB}: ${total}`,
    empty: 'Aucun badge n’est encore enregistré.',
    emptyOf: (email) => `${email} n’a aucun badge.`,
    columns: {
      badge: 'Badge',
      person: 'Personne',
      kind: 'Type',
      registered: 'Enregistré',
      actions: 'Actions',
    },
    permanent: 'permanent',
    temporary: 'temporaire',
    until: (time) => `jusqu’à ${time}`,
    expiredAt: (time) => `expiré (${time})`,
    newer: 'Badges précédents',
    older: 'Badges suivants',
    remove: {
      button: 'Supprimer',
      name: (badge) => `Supprimer le badge ${badge}`,
      question: (badge, email) => `Supprimer le badge ${badge} de ${email}${NB}? Il ne l’identifiera plus.`,
      yes: 'Supprimer',
      no: 'Garder',
      busy: 'Suppression…',
      done: (badge, email) => `Badge ${badge} de ${email} supprimé.`,
      failed: (badge, reason) => `Badge ${badge} non supprimé${NB}: ${reason}`,
    },
    register: {
      title: 'Enregistrer un badge',
      badge: 'Numéro du badge',
      badgeHint: `Tel que le lecteur le tape${NB}: 1 à 128 lettres, chiffres ou signes, sans espace.`,
      email: 'E-mail de la personne',
      emailHint: 'La personne doit déjà exister (Utilisateurs).',
      kind: 'Type',
      permanent: 'Permanent (remplace le badge permanent de la personne)',
      temporary: `Temporaire, pour 24${NB}heures`,
      submit: 'Enregistrer',
      busy: 'Enregistrement…',
      fix: `Non enregistré${NB}: corrigez les champs marqués en rouge.`,
      done: (badge, email) => `Badge ${badge} enregistré pour ${email}.`,
      doneTemporary: (badge, email, until) =>
        `Badge temporaire ${badge} enregistré pour ${email}, jusqu’à ${until}.`,
      replaced: (old) => ` Il remplace le badge ${old}, qui ne l’identifie plus.`,
      failed: (reason) => `Non enregistré${NB}: ${reason}`,
      reasons: {
        required: 'Obligatoire.',
        'badge-chars': 'Lettres, chiffres ou signes seulement, sans espace, 128 au plus.',
        'not-email': 'Ce n’est pas une adresse e-mail (nom@example.com).',
        'too-long': (max) => `${max}${NB}caractères au plus.`,
        'no-user': (email) => `Il n’y a pas d’utilisateur ${email}. Créez-le d’abord (Utilisateurs).`,
        taken: (owner) => `Ce badge appartient déjà à ${owner}. Supprimez-le d’abord.`,
      },
    },
  },
};
