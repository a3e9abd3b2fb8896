import type { ConfigSection, Language } from '@quire/protocol';

/** The Configuration section's words (`#/configuration`). */
export interface ConfigurationWords {
  intro: string;
  export: { title: string; hint: string; button: string };
  import: {
    title: string;
    intro: string;
    file: string;
    fileHint: (mb: number) => string;
    reading: string;
    tooLarge: (mb: number) => string;
    unreadable: string;
    notJson: (reason: string) => string;
    failed: (reason: string) => string;
  };
  problems: {
    title: (n: number) => string;
    nothing: string;
  };
  preview: {
    title: string;
    changes: (n: number) => string;
    same: string;
    deletes: string;
    /** One part's deletions: `Printers: eve, old`. */
    deleted: (part: string, names: string) => string;
    apply: (n: number) => string;
    applying: string;
    cancel: string;
    cancelled: string;
  };
  diff: {
    sections: Record<ConfigSection, string>;
    /** A part's heading: its name and how many things change in it. */
    count: (n: number) => string;
    added: string;
    changed: string;
    removed: string;
    inFile: string;
    /** Said between the old and the new value (an arrow is shown). */
    becomes: string;
    absent: string;
    /** Between a field's path and its values. */
    colon: string;
    open: (section: string) => string;
  };
  applied: {
    title: string;
    done: (n: number) => string;
    capabilitiesRead: (printers: string) => string;
    unreachable: string;
    refused: (n: number) => string;
    failed: (reason: string) => string;
  };
}

const NB = '\u00a0';
const s = (n: number) => (n === 1 ? '' : 's');

const en: ConfigurationWords = {
  intro:
    'The whole configuration as one JSON file: company policies, prices, quotas, retention, the badge reader, printers (with their panel and SNMP settings) and groups. Users, badges, jobs and history are not in it, nor are SNMP secrets.',
  export: {
    title: 'Export',
    hint: 'The configuration as it is now, to keep, to edit, or to import on another server.',
    button: 'Download the configuration',
  },
  import: {
    title: 'Import',
    intro:
      'Importing makes the configuration equal to the file, all of it at once or nothing: printers, groups, quota definitions and quota assignments that are not in the file are deleted. Choosing a file only shows what would change; nothing changes until you apply it.',
    file: 'Configuration file (JSON)',
    fileHint: (mb) => `At most ${mb} MB, as the export above writes it.`,
    reading: 'Reading the file and comparing it with the configuration…',
    tooLarge: (mb) => `This file is larger than ${mb} MB. Nothing was changed.`,
    unreadable: 'This file could not be read. Nothing was changed.',
    notJson: (reason) => `This file is not JSON (${reason}). Nothing was changed.`,
    failed: (reason) => `The file could not be checked: ${reason}`,
  },
  problems: {
    title: (n) => `The file has ${n} problem${s(n)}, each with its place in the file:`,
    nothing: 'Nothing can be applied until they are fixed. Nothing was changed.',
  },
  preview: {
    title: 'What importing this file would change',
    changes: (n) => `Importing this file would make ${n} change${s(n)}. Nothing has changed yet.`,
    same: 'The file is the configuration as it is now: there is nothing to change.',
    deletes: 'Not in the file, so deleted when you apply it:',
    deleted: (part, names) => `${part}: ${names}`,
    apply: (n) => `Apply ${n === 1 ? 'this change' : `these ${n} changes`}`,
    applying: 'Applying…',
    cancel: 'Cancel',
    cancelled: 'Cancelled: nothing was changed.',
  },
  diff: {
    sections: {
      policies: 'Policies',
      prices: 'Prices',
      quotaDefinitions: 'Quota definitions',
      quotaAssignments: 'Quota assignments',
      quotaPolicy: 'Quota policy',
      retention: 'Retention',
      badgeReader: 'Badge reader',
      printers: 'Printers',
      groups: 'Groups',
    },
    count: (n) => `${n} change${s(n)}`,
    added: 'Added',
    changed: 'Changed',
    removed: 'Deleted: not in the file',
    inFile: 'As the file gives it',
    becomes: 'becomes',
    absent: '(not set)',
    colon: ': ',
    open: (section) => `Open ${section}`,
  },
  applied: {
    title: 'What was applied',
    done: (n) => `Applied: ${n} change${s(n)}, all at once.`,
    capabilitiesRead: (printers) => `Capabilities read from the printers: ${printers}.`,
    unreachable: 'These printers could not be reached: they are stored with the capabilities the file gives.',
    refused: (n) =>
      `Not applied: the file has ${n} problem${s(n)} (the configuration changed since the preview, say). Nothing was changed.`,
    failed: (reason) => `Not applied: ${reason}`,
  },
};

const fr: ConfigurationWords = {
  intro: `Toute la configuration en un seul fichier JSON${NB}: règles de l’entreprise, prix, quotas, conservation, lecteur de badges, imprimantes (avec leurs réglages de panneau et SNMP) et groupes. Les utilisateurs, les badges, les travaux et l’historique n’y sont pas, ni les secrets SNMP.`,
  export: {
    title: 'Exporter',
    hint: 'La configuration telle qu’elle est maintenant, à garder, à modifier ou à importer sur un autre serveur.',
    button: 'Télécharger la configuration',
  },
  import: {
    title: 'Importer',
    intro: `Importer rend la configuration identique au fichier, en entier d’un coup ou pas du tout${NB}: les imprimantes, groupes, définitions et attributions de quotas absents du fichier sont supprimés. Choisir un fichier montre seulement ce qui changerait${NB}; rien ne change avant que vous l’appliquiez.`,
    file: 'Fichier de configuration (JSON)',
    fileHint: (mb) => `Au plus ${mb}${NB}Mo, tel que l’export ci-dessus l’écrit.`,
    reading: 'Lecture du fichier et comparaison avec la configuration…',
    tooLarge: (mb) => `Ce fichier dépasse ${mb}${NB}Mo. Rien n’a changé.`,
    unreadable: 'Ce fichier n’a pas pu être lu. Rien n’a changé.',
    notJson: (reason) => `Ce fichier n’est pas du JSON (${reason}). Rien n’a changé.`,
    failed: (reason) => `Le fichier n’a pas pu être vérifié${NB}: ${reason}`,
  },
  problems: {
    title: (n) => `Le fichier a ${n} problème${s(n)}, chacun avec son emplacement dans le fichier${NB}:`,
    nothing: 'Rien ne peut être appliqué avant qu’ils soient corrigés. Rien n’a changé.',
  },
  preview: {
    title: 'Ce que l’import de ce fichier changerait',
    changes: (n) => `Importer ce fichier ferait ${n} changement${s(n)}. Rien n’a encore changé.`,
    same: `Le fichier est la configuration telle qu’elle est${NB}: il n’y a rien à changer.`,
    deletes: `Absents du fichier, donc supprimés quand vous l’appliquerez${NB}:`,
    deleted: (part, names) => `${part}${NB}: ${names}`,
    apply: (n) => `Appliquer ${n === 1 ? 'ce changement' : `ces ${n}${NB}changements`}`,
    applying: 'Application…',
    cancel: 'Annuler',
    cancelled: `Annulé${NB}: rien n’a changé.`,
  },
  diff: {
    sections: {
      policies: 'Règles',
      prices: 'Prix',
      quotaDefinitions: 'Définitions de quotas',
      quotaAssignments: 'Attributions de quotas',
      quotaPolicy: 'Règle des quotas',
      retention: 'Conservation',
      badgeReader: 'Lecteur de badges',
      printers: 'Imprimantes',
      groups: 'Groupes',
    },
    count: (n) => `${n} changement${s(n)}`,
    added: 'Ajouté',
    changed: 'Modifié',
    removed: `Supprimé${NB}: absent du fichier`,
    inFile: 'Tel que le fichier le donne',
    becomes: 'devient',
    absent: '(non défini)',
    colon: `${NB}: `,
    open: (section) => `Ouvrir ${section}`,
  },
  applied: {
    title: 'Ce qui a été appliqué',
    done: (n) => `Appliqué${NB}: ${n} changement${s(n)}, tous d’un coup.`,
    capabilitiesRead: (printers) => `Capacités lues auprès des imprimantes${NB}: ${printers}.`,
    unreachable: `Ces imprimantes n’ont pas pu être jointes${NB}: elles sont enregistrées avec les capacités que donne le fichier.`,
    refused: (n) =>
      `Non appliqué${NB}: le fichier a ${n} problème${s(n)} (la configuration a changé depuis l’aperçu, par exemple). Rien n’a changé.`,
    failed: (reason) => `Non appliqué${NB}: ${reason}`,
  },
};

export const configurationWords: Record<Language, ConfigurationWords> = { en, fr };
