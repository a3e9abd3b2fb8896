import type { JobState, Language } from '@quire/protocol';

/** French spacing: a non-breaking space before « : ; ! ? % » and inside « ». */
const NB = '\u00a0';

/** The Queue section's words (`#/queue`). */
export interface QueueWords {
  intro: string;
  readOnly: string;
  filters: {
    user: string;
    printer: string;
    anyPrinter: string;
    state: string;
    show: string;
    clear: string;
  };
  /** Each job state, and `all` for no state filter. */
  states: Record<JobState | 'all', string>;
  /** Which jobs are shown, of how many in all (null: not known). */
  caption: (first: number, last: number, total: number | null) => string;
  empty: string;
  newer: string;
  older: string;
  untitled: string;
  facts: {
    job: string;
    owner: string;
    pages: string;
    cost: string;
    settings: string;
    submitted: string;
    state: string;
  };
  unknownOwner: (name: string) => string;
  pagesUnknown: string;
  noEstimate: string;
  copies: (n: number) => string;
  perSheet: (n: number) => string;
  lastError: (reason: string) => string;
  release: {
    open: string;
    name: (job: string) => string;
    printer: string;
    noPrinters: string;
    addPrinter: string;
    submit: string;
    cancel: string;
    ownerUnknown: string;
    sending: (printer: string) => string;
    printing: (printer: string) => string;
    printed: (job: string, printer: string, owner: string) => string;
    failed: (job: string, printer: string, reason: string) => string;
    refused: (job: string, reason: string) => string;
    unanswered: (job: string, printer: string, reason: string) => string;
    gone: (job: string) => string;
  };
  remove: {
    button: string;
    name: (job: string) => string;
    question: (job: string, owner: string) => string;
    yes: string;
    no: string;
    busy: string;
    done: (job: string, owner: string) => string;
    failed: (job: string, reason: string) => string;
  };
}

export const queueWords: Record<Language, QueueWords> = {
  en: {
    intro:
      'Every job on the server, newest first. A held job waits for its owner at a printer; here an administrator can delete it, or release it to a printer on the owner’s behalf (someone at the helpdesk’s desk, say): the owner’s quota and prices apply and the owner is charged. “Printer” finds the jobs last released to that printer.',
    readOnly:
      'Your account (helpdesk) can see the queue but not delete jobs or release them: the server leaves that to administrators.',
    filters: {
      user: 'Owner (email or short name)',
      printer: 'Printer',
      anyPrinter: 'any printer',
      state: 'State',
      show: 'Show',
      clear: 'Clear the filters',
    },
    states: {
      all: 'any state',
      incoming: 'arriving',
      held: 'held',
      releasing: 'being printed',
      printed: 'printed',
      kept: 'printed and kept',
      deleted: 'deleted',
      expired: 'expired',
      failed: 'failed',
    },
    caption: (first, last, total) =>
      `Jobs ${first} to ${last}${total === null ? '' : ` of ${total}`}, newest first`,
    empty: 'No job matches these filters.',
    newer: 'Newer jobs',
    older: 'Older jobs',
    untitled: '(untitled)',
    facts: {
      job: 'Job number',
      owner: 'Owner',
      pages: 'Pages',
      cost: 'Cost estimate',
      settings: 'Settings',
      submitted: 'Submitted',
      state: 'State',
    },
    unknownOwner: (name) => `${name} (not a known user)`,
    pagesUnknown: 'unknown',
    noEstimate: 'not estimated',
    copies: (n) => (n === 1 ? '1 copy' : `${n} copies`),
    perSheet: (n) => `${n} pages per sheet`,
    lastError: (reason) => `The last release failed: ${reason}`,
    release: {
      open: 'Release to…',
      name: (job) => `Release “${job}” to a printer`,
      printer: 'Printer',
      noPrinters: 'No printer is registered yet.',
      addPrinter: 'Add a printer',
      submit: 'Release',
      cancel: 'Cancel',
      ownerUnknown: 'Sent under a name no user has: create the user to release it.',
      sending: (printer) => `Sending to ${printer}…`,
      printing: (printer) => `Printing on ${printer}…`,
      printed: (job, printer, owner) => `“${job}” printed on ${printer} for ${owner}.`,
      failed: (job, printer, reason) => `“${job}” did not print on ${printer}: ${reason} It is still held.`,
      refused: (job, reason) => `“${job}” not released: ${reason} It is still held.`,
      unanswered: (job, printer, reason) =>
        `No answer about “${job}”: ${reason} Release it to ${printer} again when the server answers: it cannot print twice.`,
      gone: (job) => `“${job}” is no longer in the queue: see the history.`,
    },
    remove: {
      button: 'Delete',
      name: (job) => `Delete “${job}”`,
      question: (job, owner) => `Delete “${job}” of ${owner}? It cannot be printed afterwards.`,
      yes: 'Delete',
      no: 'Keep',
      busy: 'Deleting…',
      done: (job, owner) => `“${job}” of ${owner} deleted.`,
      failed: (job, reason) => `“${job}” not deleted: ${reason}`,
    },
  },
  fr: {
    intro: `Tous les travaux du serveur, le plus récent en premier. Un travail en attente attend son propriétaire à une imprimante${NB}; ici, un administrateur peut le supprimer, ou le libérer sur une imprimante pour son propriétaire (venu au guichet de l’assistance, par exemple)${NB}: le quota et les prix du propriétaire s’appliquent et c’est lui qui paie. «${NB}Imprimante${NB}» trouve les travaux libérés en dernier sur cette imprimante.`,
    readOnly: `Votre compte (assistance) peut voir la file mais pas supprimer ni libérer de travaux${NB}: le serveur le réserve aux administrateurs.`,
    filters: {
      user: 'Propriétaire (e-mail ou nom court)',
      printer: 'Imprimante',
      anyPrinter: 'toutes les imprimantes',
      state: 'État',
      show: 'Afficher',
      clear: 'Effacer les filtres',
    },
    states: {
      all: 'tous les états',
      incoming: 'en cours d’arrivée',
      held: 'en attente',
      releasing: 'en impression',
      printed: 'imprimé',
      kept: 'imprimé et gardé',
      deleted: 'supprimé',
      expired: 'expiré',
      failed: 'en échec',
    },
    caption: (first, last, total) =>
      `Travaux ${first} à ${last}${total === null ? '' : ` sur ${total}`}, le plus récent en premier`,
    empty: 'Aucun travail ne correspond à ces filtres.',
    newer: 'Travaux plus récents',
    older: 'Travaux plus anciens',
    untitled: '(sans titre)',
    facts: {
      job: 'Numéro du travail',
      owner: 'Propriétaire',
      pages: 'Pages',
      cost: 'Coût estimé',
      settings: 'Réglages',
      submitted: 'Envoyé',
      state: 'État',
    },
    unknownOwner: (name) => `${name} (utilisateur inconnu)`,
    pagesUnknown: 'inconnu',
    noEstimate: 'non estimé',
    copies: (n) => (n <= 1 ? `${n}${NB}exemplaire` : `${n}${NB}exemplaires`),
    perSheet: (n) => `${n}${NB}pages par feuille`,
    lastError: (reason) => `La dernière libération a échoué${NB}: ${reason}`,
    release: {
      open: 'Libérer sur…',
      name: (job) => `Libérer «${NB}${job}${NB}» sur une imprimante`,
      printer: 'Imprimante',
      noPrinters: 'Aucune imprimante n’est encore enregistrée.',
      addPrinter: 'Ajouter une imprimante',
      submit: 'Libérer',
      cancel: 'Annuler',
      ownerUnknown: `Envoyé sous un nom qu’aucun utilisateur ne porte${NB}: créez l’utilisateur pour le libérer.`,
      sending: (printer) => `Envoi à ${printer}…`,
      printing: (printer) => `Impression sur ${printer}…`,
      printed: (job, printer, owner) => `«${NB}${job}${NB}» imprimé sur ${printer} pour ${owner}.`,
      failed: (job, printer, reason) =>
        `«${NB}${job}${NB}» ne s’est pas imprimé sur ${printer}${NB}: ${reason} Il reste en attente.`,
      refused: (job, reason) => `«${NB}${job}${NB}» non libéré${NB}: ${reason} Il reste en attente.`,
      unanswered: (job, printer, reason) =>
        `Pas de réponse pour «${NB}${job}${NB}»${NB}: ${reason} Libérez-le de nouveau sur ${printer} quand le serveur répondra${NB}: il ne peut pas s’imprimer deux fois.`,
      gone: (job) => `«${NB}${job}${NB}» n’est plus dans la file${NB}: voyez l’historique.`,
    },
    remove: {
      button: 'Supprimer',
      name: (job) => `Supprimer «${NB}${job}${NB}»`,
      question: (job, owner) =>
        `Supprimer «${NB}${job}${NB}» de ${owner}${NB}? Il ne pourra plus être imprimé.`,
      yes: 'Supprimer',
      no: 'Garder',
      busy: 'Suppression…',
      done: (job, owner) => `«${NB}${job}${NB}» de ${owner} supprimé.`,
      failed: (job, reason) => `«${NB}${job}${NB}» non supprimé${NB}: ${reason}`,
    },
  },
};
