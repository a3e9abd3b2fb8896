import type { Language } from '@quire/protocol';
import type { DurationUnit } from './hours';

/** The words of `#/retention`. `count` picks singular or plural; `text` is it written in the page's language. */
export interface RetentionWords {
  title: string;
  intro: string;
  unprinted: string;
  unprintedHint: string;
  kept: string;
  keptHint: string;
  /** "That is 2 days." */
  equals: (duration: string) => string;
  units: Record<DurationUnit, (count: number, text: string) => string>;
  problems: {
    number: string;
    tooSmall: (count: number, text: string, duration: string) => string;
    tooBig: (count: number, text: string, duration: string) => string;
  };
  /** When a change takes effect. */
  sweep: string;
  /** What this page does not delete. */
  history: string;
}

const NB = '\u00a0';
const en = (count: number, one: string, many: string): string => (count === 1 ? one : many);
// French: the singular up to 1 (0,5 heure).
const fr = (count: number, one: string, many: string): string => (count < 2 ? one : many);

export const retentionWords: Record<Language, RetentionWords> = {
  en: {
    title: 'Retention',
    intro:
      'How long jobs wait on the server before they are deleted. A deleted job leaves its line in the history, so reports still count it.',
    unprinted: 'Jobs never printed are deleted after (hours)',
    unprintedHint: 'Counted from when the job arrived in the queue. Quire’s default is 48 hours.',
    kept: 'Jobs printed with “print and keep” are deleted after (hours)',
    keptHint: 'Counted from when the job was last printed. Quire’s default is 48 hours.',
    equals: (duration) => `That is ${duration}.`,
    units: {
      days: (count, text) => `${text} ${en(count, 'day', 'days')}`,
      hours: (count, text) => `${text} ${en(count, 'hour', 'hours')}`,
      minutes: (count, text) => `${text} ${en(count, 'minute', 'minutes')}`,
      seconds: (count, text) => `${text} ${en(count, 'second', 'seconds')}`,
    },
    problems: {
      number: 'Enter a number of hours, such as 48 or 0.5.',
      tooSmall: (count, text, duration) => `At least ${text} ${en(count, 'hour', 'hours')} (${duration}).`,
      tooBig: (count, text, duration) => `At most ${text} ${en(count, 'hour', 'hours')} (${duration}).`,
    },
    sweep:
      'A change applies at the next clean-up, within a minute: jobs already older than the new time are deleted then.',
    history:
      'The history of printed, deleted and expired jobs is kept for the dashboard and reports; nothing here deletes it.',
  },
  fr: {
    title: 'Conservation',
    intro:
      'Combien de temps les travaux attendent sur le serveur avant d’être supprimés. Un travail supprimé garde sa ligne dans l’historique, et les rapports le comptent toujours.',
    unprinted: 'Les travaux jamais imprimés sont supprimés après (heures)',
    unprintedHint:
      'À compter de l’arrivée du travail dans la file. Par défaut, Quire les garde 48\u00a0heures.',
    kept: 'Les travaux imprimés avec «\u00a0imprimer et garder\u00a0» sont supprimés après (heures)',
    keptHint: 'À compter de la dernière impression du travail. Par défaut, Quire les garde 48\u00a0heures.',
    equals: (duration) => `Soit ${duration}.`,
    units: {
      days: (count, text) => `${text}${NB}${fr(count, 'jour', 'jours')}`,
      hours: (count, text) => `${text}${NB}${fr(count, 'heure', 'heures')}`,
      minutes: (count, text) => `${text}${NB}${fr(count, 'minute', 'minutes')}`,
      seconds: (count, text) => `${text}${NB}${fr(count, 'seconde', 'secondes')}`,
    },
    problems: {
      number: 'Saisissez un nombre d’heures, par exemple 48 ou 0,5.',
      tooSmall: (count, text, duration) =>
        `Au moins ${text}${NB}${fr(count, 'heure', 'heures')} (${duration}).`,
      tooBig: (count, text, duration) => `Au plus ${text}${NB}${fr(count, 'heure', 'heures')} (${duration}).`,
    },
    sweep:
      'Un changement s’applique au prochain nettoyage, dans la minute\u00a0: les travaux déjà plus anciens que la nouvelle durée sont alors supprimés.',
    history:
      'L’historique des travaux imprimés, supprimés et expirés est conservé pour le tableau de bord et les rapports\u00a0; rien ici ne l’efface.',
  },
};
