import type { Language } from '@quire/protocol';

/** French spacing: a non-breaking space before « : ; ! ? % » and inside « ». */
const NB = '\u00a0';

/**
 * The words of one printer's page (`#/printers/<name>/edit`): its address, a test page, removing it.
 * The list, the add form and the panel settings keep theirs in the shell's tables (`t.printers`,
 * `t.panel`).
 */
export interface PrintersWords {
  /** The card's link to this page. */
  edit: (printer: string) => string;
  title: (printer: string) => string;
  intro: string;
  unknown: (printer: string) => string;
  facts: string;
  updated: string;
  address: {
    title: string;
    hint: string;
    save: string;
    saving: string;
    saved: (printer: string) => string;
    same: string;
    failed: (reason: string) => string;
  };
  testPage: {
    title: string;
    intro: string;
    button: string;
    name: (printer: string) => string;
    sending: (printer: string) => string;
    sent: (printer: string, job: number, time: string) => string;
    failed: (printer: string, reason: string) => string;
  };
  remove: {
    title: string;
    intro: (printer: string) => string;
    panel: string;
    settings: string;
    held: string;
    history: (printer: string) => string;
    busy: string;
    button: string;
    name: (printer: string) => string;
    question: (printer: string) => string;
    yes: string;
    no: string;
    removing: string;
    failed: (printer: string, reason: string) => string;
    /** Shown on the list after a removal. */
    done: (printer: string) => string;
  };
}

export const printersWords: Record<Language, PrintersWords> = {
  en: {
    edit: (printer) => `Address, test page and removal of ${printer}`,
    title: (printer) => `Printer ${printer}`,
    intro: 'Its address and what it can do, a test page to check it prints, and removing it from Quire.',
    unknown: (printer) => `There is no printer named “${printer}”. It may have been removed.`,
    facts: 'What Quire knows of it',
    updated: 'Last changed',
    address: {
      title: 'Change the address',
      hint: 'Its IPP address, such as ipp://10.0.0.42/ipp/print. On saving, its capabilities are read again from the new address; an address that does not answer changes nothing.',
      save: 'Save and read the capabilities',
      saving: 'Reading the printer’s capabilities at the new address…',
      saved: (printer) =>
        `Saved: ${printer} is at the new address, its capabilities read again (shown above).`,
      same: 'Saved: same address, its capabilities read again (shown above).',
      failed: (reason) => `Not changed: ${reason}`,
    },
    testPage: {
      title: 'Test page',
      intro:
        'Prints one page naming the printer, this server and the time, straight to the printer: nobody is charged and it is not in the history.',
      button: 'Print a test page',
      name: (printer) => `Print a test page on ${printer}`,
      sending: (printer) => `Sending the test page to ${printer}…`,
      sent: (printer, job, time) => `${printer} accepted the test page at ${time} (its job ${job}).`,
      failed: (printer, reason) => `No test page on ${printer}: ${reason}`,
    },
    remove: {
      title: 'Remove this printer',
      intro: (printer) => `Removing ${printer} from Quire:`,
      panel: 'its panel stops working: nobody can release jobs at it any more;',
      settings: 'its panel settings and monitoring (readings, alerts) are deleted;',
      held: 'held jobs stay held: their owners print them at another printer;',
      history: (printer) =>
        `its history and charges stay: reports keep counting its jobs under the name “${printer}”.`,
      busy: 'It cannot be removed while a job is being released to it.',
      button: 'Remove…',
      name: (printer) => `Remove ${printer}…`,
      question: (printer) => `Remove ${printer}? This cannot be undone.`,
      yes: 'Remove',
      no: 'Keep it',
      removing: 'Removing…',
      failed: (printer, reason) => `${printer} was not removed: ${reason}`,
      done: (printer) => `${printer} removed. Its history and charges stay in the reports.`,
    },
  },
  fr: {
    edit: (printer) => `Adresse, page de test et retrait de ${printer}`,
    title: (printer) => `Imprimante ${printer}`,
    intro:
      'Son adresse et ce qu’elle sait faire, une page de test pour vérifier qu’elle imprime, et son retrait de Quire.',
    unknown: (printer) =>
      `Aucune imprimante ne s’appelle «${NB}${printer}${NB}». Elle a peut-être été retirée.`,
    facts: 'Ce que Quire en sait',
    updated: 'Dernière modification',
    address: {
      title: 'Changer l’adresse',
      hint: 'Son adresse IPP, comme ipp://10.0.0.42/ipp/print. À l’enregistrement, ses capacités sont relues à la nouvelle adresse. Une adresse qui ne répond pas ne change rien.',
      save: 'Enregistrer et lire les capacités',
      saving: 'Lecture des capacités de l’imprimante à la nouvelle adresse…',
      saved: (printer) =>
        `Enregistré${NB}: ${printer} est à la nouvelle adresse, ses capacités relues (ci-dessus).`,
      same: `Enregistré${NB}: même adresse, capacités relues (ci-dessus).`,
      failed: (reason) => `Rien n’a changé${NB}: ${reason}`,
    },
    testPage: {
      title: 'Page de test',
      intro: `Imprime une page qui nomme l’imprimante, ce serveur et l’heure, directement sur l’imprimante${NB}: personne n’est facturé et elle n’entre pas dans l’historique.`,
      button: 'Imprimer une page de test',
      name: (printer) => `Imprimer une page de test sur ${printer}`,
      sending: (printer) => `Envoi de la page de test à ${printer}…`,
      sent: (printer, job, time) => `${printer} a accepté la page de test à ${time} (son travail ${job}).`,
      failed: (printer, reason) => `Pas de page de test sur ${printer}${NB}: ${reason}`,
    },
    remove: {
      title: 'Retirer cette imprimante',
      intro: (printer) => `Retirer ${printer} de Quire${NB}:`,
      panel: `son panneau ne fonctionne plus${NB}: personne ne peut plus y libérer de travaux${NB};`,
      settings: `les réglages de son panneau et sa surveillance (relevés, alertes) sont supprimés${NB};`,
      held: `les travaux en attente le restent${NB}: leurs propriétaires les impriment sur une autre imprimante${NB};`,
      history: (printer) =>
        `son historique et ses facturations restent${NB}: les rapports comptent toujours ses travaux sous le nom «${NB}${printer}${NB}».`,
      busy: 'Impossible de la retirer tant qu’un travail lui est envoyé.',
      button: 'Retirer…',
      name: (printer) => `Retirer ${printer}…`,
      question: (printer) => `Retirer ${printer}${NB}? C’est définitif.`,
      yes: 'Retirer',
      no: 'La garder',
      removing: 'Retrait…',
      failed: (printer, reason) => `${printer} n’a pas été retirée${NB}: ${reason}`,
      done: (printer) => `${printer} retirée. Son historique et ses facturations restent dans les rapports.`,
    },
  },
};
