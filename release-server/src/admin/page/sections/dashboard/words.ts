import type { Language } from '@quire/protocol';

/**
 * The words of `#/dashboard`. `count` picks singular or plural; `text` is the same number written in the
 * page's language (digit grouping, decimals).
 */
export interface DashboardWords {
  title: string;
  intro: string;
  /** The period links' name, for screen readers. */
  periodLabel: string;
  lastDays: (count: number, text: string) => string;
  /** The days counted, both included, and the time zone that cuts them. */
  period: (from: string, to: string, timeZone: string) => string;
  empty: (count: number, text: string) => string;
  totals: string;
  jobs: string;
  pages: string;
  impressions: string;
  cost: string;
  colourShare: string;
  percent: (text: string) => string;
  colourOf: (count: number, colour: string, all: string) => string;
  pagesChart: string;
  costChart: (currency: string) => string;
  /** Two days, both included: "from 12 May 2025 to 10 June 2025". */
  fromTo: (from: string, to: string) => string;
  /** What a chart shows, for screen readers (`<desc>`): the bars, the period, the total. */
  chartDesc: (count: number, fromTo: string, total: string) => string;
  highest: (value: string, day: string) => string;
  /** A bar's tooltip. */
  barTitle: (day: string, value: string) => string;
  pagesCount: (count: number, text: string) => string;
  asTable: string;
  day: string;
  topUsers: string;
  topPrinters: string;
  topHint: string;
  /** A line of a top list: impressions, of which in colour. */
  topFigures: (count: number, text: string, colour: string) => string;
  noPrinter: string;
  reports: string;
}

const NB = '\u00a0';
const en = (count: number, one: string, many: string): string => (count === 1 ? one : many);
const fr = (count: number, one: string, many: string): string => (count < 2 ? one : many);

export const dashboardWords: Record<Language, DashboardWords> = {
  en: {
    title: 'Dashboard',
    intro:
      'What was printed, day by day, from the accounting history: deleted and expired jobs are not counted. Days are cut in the time zone of the quotas.',
    periodLabel: 'Period',
    lastDays: (count, text) => `Last ${text} ${en(count, 'day', 'days')}`,
    period: (from, to, timeZone) => `From ${from} to ${to}, days of the ${timeZone} time zone.`,
    empty: (count, text) =>
      `Nothing was printed in the last ${text} ${en(count, 'day', 'days')}. Jobs appear here once released at a printer.`,
    totals: 'Totals',
    jobs: 'Jobs printed',
    pages: 'Pages',
    impressions: 'Impressions',
    cost: 'Cost',
    colourShare: 'Colour share',
    percent: (text) => `${text}%`,
    colourOf: (count, colour, all) => `${colour} of ${all} ${en(count, 'impression', 'impressions')}`,
    pagesChart: 'Pages per day',
    costChart: (currency) => `Cost per day (${currency})`,
    fromTo: (from, to) => `from ${from} to ${to}`,
    chartDesc: (count, fromTo, total) =>
      `${count} ${en(count, 'bar', 'bars')}, one per day ${fromTo}. Total ${total}.`,
    highest: (value, day) => `Highest: ${value} on ${day}.`,
    barTitle: (day, value) => `${day}: ${value}`,
    pagesCount: (count, text) => `${text} ${en(count, 'page', 'pages')}`,
    asTable: 'The numbers as a table',
    day: 'Day',
    topUsers: 'Top users',
    topPrinters: 'Top printers',
    topHint: 'The five with the most impressions.',
    topFigures: (count, text, colour) =>
      `${text} ${en(count, 'impression', 'impressions')}, ${colour} in colour`,
    noPrinter: 'No job of these days names a printer.',
    reports: 'See these days by user, department, cost centre or printer in Reports',
  },
  fr: {
    title: 'Tableau de bord',
    intro:
      'Ce qui a été imprimé, jour par jour, d’après l’historique comptable\u00a0: les travaux supprimés ou expirés ne comptent pas. Les jours suivent le fuseau horaire des quotas.',
    periodLabel: 'Période',
    lastDays: (count, text) => `${text}${NB}${fr(count, 'dernier jour', 'derniers jours')}`,
    period: (from, to, timeZone) => `Du ${from} au ${to}, jours du fuseau horaire ${timeZone}.`,
    empty: (count, text) =>
      `Rien n’a été imprimé ${fr(count, 'le dernier jour', `ces ${text}${NB}derniers jours`)}. Les travaux apparaissent ici une fois imprimés.`,
    totals: 'Totaux',
    jobs: 'Travaux imprimés',
    pages: 'Pages',
    impressions: 'Impressions',
    cost: 'Coût',
    colourShare: 'Part de la couleur',
    percent: (text) => `${text}${NB}%`,
    colourOf: (count, colour, all) => `${colour} sur ${all}${NB}${fr(count, 'impression', 'impressions')}`,
    pagesChart: 'Pages par jour',
    costChart: (currency) => `Coût par jour (${currency})`,
    fromTo: (from, to) => `du ${from} au ${to}`,
    chartDesc: (count, fromTo, total) =>
      `${count}${NB}${fr(count, 'barre', 'barres')}, une par jour ${fromTo}. Total ${total}.`,
    highest: (value, day) => `Maximum${NB}: ${value} le ${day}.`,
    barTitle: (day, value) => `${day}${NB}: ${value}`,
    pagesCount: (count, text) => `${text}${NB}${fr(count, 'page', 'pages')}`,
    asTable: 'Les chiffres sous forme de tableau',
    day: 'Jour',
    topUsers: 'Plus gros utilisateurs',
    topPrinters: 'Imprimantes les plus utilisées',
    topHint: 'Les cinq qui ont le plus d’impressions.',
    topFigures: (count, text, colour) =>
      `${text}${NB}${fr(count, 'impression', 'impressions')}, dont ${colour} en couleur`,
    noPrinter: 'Aucun travail de ces jours ne nomme d’imprimante.',
    reports: 'Voir ces jours par utilisateur, service, centre de coût ou imprimante dans Rapports',
  },
};
