import type { Strings } from './i18n';
import { formatMoney } from './money';

const MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
] as const;

/** Server errors by code; each is a sentence of its own. */
const SERVER_ERRORS: Strings['serverErrors'] = {
  'unknown-badge': 'Ce badge n’est pas enregistré.',
  'too-many-attempts': 'Trop d’essais. Patientez une minute, puis réessayez.',
  'bad-credentials': 'Identifiant ou mot de passe incorrect. Vérifiez et réessayez.',
  'badge-taken': 'Ce badge appartient déjà à quelqu’un d’autre. Adressez-vous à votre administrateur.',
  'policy-forbids': 'Votre organisation ne le permet pas.',
  'not-signed-in': 'Passez votre badge pour vous connecter.',
  'session-expired': 'Votre session est terminée. Passez à nouveau votre badge.',
  'job-not-found': 'Ce travail n’est plus dans votre liste.',
  'job-not-releasable': 'Ce travail ne peut pas être imprimé maintenant.',
  'invalid-settings': 'Ces options ne sont pas valides.',
  'settings-not-supported': 'Cette imprimante ne sait pas faire cela.',
  'format-not-supported': 'Cette imprimante ne sait pas imprimer ce type de document.',
  'document-missing': 'Le document de ce travail a disparu du serveur.',
  'printer-unreachable': 'L’imprimante ne répond pas. Vos travaux restent en attente.',
  'printer-busy': 'L’imprimante est occupée. Réessayez dans un instant.',
  'printer-stopped': 'L’imprimante est arrêtée (voir en haut). Vos travaux restent en attente.',
  'printer-not-accepting': 'L’imprimante n’accepte pas de travaux. Vos travaux restent en attente.',
  'printer-rejected-job': 'L’imprimante a refusé ce travail.',
  'printer-aborted-job': 'L’imprimante a interrompu ce travail. Il reste en attente.',
  'printer-timeout': 'L’imprimante n’a pas répondu à temps. Vos travaux restent en attente.',
  'release-interrupted': 'L’impression a été interrompue. Réessayez.',
  'internal-error': 'Un problème est survenu sur le serveur. Réessayez.',
};

const OWN = new Set(Object.values(SERVER_ERRORS));

/** One of the sentences above after a colon: French does not capitalise there. Others stay as they are. */
const afterColon = (s: string): string => (OWN.has(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/*
 * French. Typography: a non-breaking space (\u00a0) before « : ! ? » and inside « … », so a line never
 * starts with a colon or a closing quote.
 */
export const fr: Strings = {
  lang: 'fr',
  name: 'Français',
  title: 'Impression sécurisée',
  noPrinter: {
    title: 'Ce panneau n’est pas configuré',
    body: 'Il ne sait pas à quelle imprimante il appartient. L’adresse doit se terminer par ?printer=<nom>. Adressez-vous à votre administrateur.',
  },
  badPrinter: (raw) =>
    `«\u00a0${raw}\u00a0» n’est pas un nom d’imprimante (lettres, chiffres, point, tiret ou tiret bas). Adressez-vous à votre administrateur.`,
  connecting: 'Connexion au serveur d’impression…',
  unreachable: {
    title: 'Serveur d’impression injoignable',
    body: 'Nouvel essai automatique. Si cela dure plus de quelques minutes, vérifiez le câble réseau ou appelez le support informatique.',
  },
  unknownPrinter: {
    title: 'Imprimante non enregistrée',
    body: (name) =>
      `Le serveur d’impression ne connaît pas l’imprimante «\u00a0${name}\u00a0». Demandez à votre administrateur de l’ajouter\u00a0; ce panneau s’en apercevra tout seul.`,
  },
  oldPanel: {
    title: 'Ce panneau doit être rechargé',
    body: 'Le serveur d’impression a été mis à jour et parle une version plus récente.',
    reload: 'Recharger',
  },
  offline: 'Hors ligne — reconnexion…',
  signIn: {
    prompt: 'Passez votre badge',
    printer: (name) => `Imprimante ${name}`,
    hint: 'Approchez votre badge du lecteur pour voir vos impressions.',
    withoutBadge: 'Se connecter sans badge',
    typed: 'Passez votre badge sur le lecteur. Un numéro tapé au clavier n’est pas accepté.',
    unreadable: {
      empty: '',
      'bad-pattern':
        'Le lecteur de badge de cette imprimante est mal configuré. Adressez-vous à votre administrateur.',
      'no-match': 'Cette carte ne peut pas être lue ici. Réessayez ou adressez-vous à votre administrateur.',
      'not-a-number': 'Le badge a été mal lu. Passez-le à nouveau.',
      'needs-number':
        'Le lecteur de badge de cette imprimante est mal configuré. Adressez-vous à votre administrateur.',
      'not-wiegand26': 'Le badge a été mal lu. Passez-le à nouveau.',
      'too-long': 'Ce numéro de badge est trop long. Adressez-vous à votre administrateur.',
    },
  },
  form: {
    registerTitle: 'Ce badge est nouveau',
    registerBody:
      'Connectez-vous une fois pour l’associer à votre compte. La prochaine fois, votre badge suffira.',
    credentialsTitle: 'Se connecter sans badge',
    credentialsBody: 'Votre identifiant ou votre e-mail, et votre mot de passe ou code PIN.',
    username: 'Identifiant',
    secret: 'Mot de passe ou PIN',
    register: 'Associer mon badge',
    signIn: 'Se connecter',
    cancel: 'Annuler',
    show: 'Afficher',
    hide: 'Masquer',
  },
  keyboard: { shift: 'Majuscule', backspace: 'Effacer', space: 'Espace' },
  printer: {
    reasons: {
      jam: 'bourrage papier',
      paper: 'plus de papier',
      door: 'une porte est ouverte',
      toner: 'plus de toner',
      offline: 'hors ligne',
    },
    problem: (reasons) =>
      `Problème d’imprimante\u00a0: ${reasons}. Vos travaux restent ici jusqu’à ce qu’il soit réglé.`,
    stopped: 'L’imprimante est arrêtée. Vos travaux restent ici jusqu’à ce qu’elle soit réparée.',
    notAccepting: 'L’imprimante n’accepte pas de travaux pour le moment. Vos travaux restent ici.',
  },
  auto: {
    printing: (count) =>
      count === 1 ? 'Impression de votre travail…' : `Impression de tous vos travaux (${count})…`,
    progress: (printed, count) => `${printed} sur ${count} imprimé${printed > 1 ? 's' : ''}`,
    done: (printed, failed) =>
      failed === 0
        ? printed === 1
          ? 'Votre travail a été imprimé.'
          : `Vos ${printed} travaux ont été imprimés.`
        : `${printed} imprimé${printed > 1 ? 's' : ''}, ${failed} non imprimé${failed > 1 ? 's' : ''}\u00a0: voir ci-dessous.`,
  },
  jobs: {
    label: 'Vos impressions',
    loading: 'Chargement de vos impressions…',
    jobsOf: (displayName) => `Travaux de ${displayName}`,
    empty: 'Aucun travail en attente',
    emptyHint: 'Imprimez depuis votre ordinateur vers la file Quire, puis touchez Actualiser.',
    untitled: 'Sans titre',
    pages: (pages) => (pages === null ? '? pages' : pages === 1 ? '1 page' : `${pages} pages`),
    copies: (copies) => (copies === 1 ? '1 exemplaire' : `${copies} exemplaires`),
    color: 'Couleur',
    mono: 'Noir et blanc',
    oneSided: 'Recto',
    twoSided: 'Recto verso',
    justNow: 'à l’instant',
    minutesAgo: (minutes) => `il y a ${minutes} min`,
    months: MONTHS,
    waiting: 'En attente…',
    printing: 'Impression…',
    printed: 'Imprimé',
    kept: 'Imprimé, conservé',
    notPrinted: (reason) => `Non imprimé\u00a0: ${afterColon(reason)}`,
  },
  money: {
    format: (amount, currency) => formatMoney('fr-FR', amount, currency),
    selected: (total) => `Sélection\u00a0: ${total}`,
    pagesLeft: (left) => `Reste ${left}\u00a0${left === 1 ? 'page' : 'pages'}`,
    colorLeft: (left) => `dont ${left} en couleur`,
    moneyLeft: (left) => `Reste ${left}`,
    colorMoneyLeft: (left) => `dont ${left} en couleur`,
    printingOff: 'Impression désactivée',
    colorOff: 'pas de couleur',
    acceptMono: 'Imprimer en noir et blanc',
    declineMono: 'Pas maintenant',
  },
  actions: {
    print: (count) => (count > 1 ? `Imprimer ${count}` : 'Imprimer'),
    printKeep: 'Imprimer et conserver',
    delete: 'Supprimer',
    edit: 'Modifier',
    refresh: 'Actualiser',
    signOut: 'Se déconnecter',
    selectAll: 'Tout sélectionner',
    selectNone: 'Tout désélectionner',
    sending: 'Envoi…',
  },
  edit: {
    title: 'Options d’impression',
    copies: 'Exemplaires',
    fewer: 'Un exemplaire de moins',
    more: 'Un exemplaire de plus',
    copiesLocked: 'Votre organisation ne permet pas de changer le nombre d’exemplaires.',
    twoSided: 'Recto verso',
    mono: 'Noir et blanc',
    staple: 'Agrafer',
    punch: 'Perforer',
    fold: 'Plier',
    save: 'Enregistrer',
    cancel: 'Annuler',
  },
  status: {
    sending: 'Envoi…',
    sent: (count, keep) =>
      (count === 1 ? 'Envoyé à l’imprimante.' : `${count} travaux envoyés à l’imprimante.`) +
      (keep ? ' Ils restent dans votre liste.' : ''),
    queued: (name, note) => (note ? `${name}\u00a0: ${note}` : `${name} attend l’imprimante…`),
    printing: (name) => `Impression de ${name}…`,
    printed: (name) => `${name} imprimé`,
    failed: (name, reason) =>
      reason ? `${name} non imprimé\u00a0: ${afterColon(reason)}` : `${name} non imprimé`,
    quote: (name) => `«\u00a0${name}\u00a0»`,
    aJob: 'Un travail',
    deleted: (count) => (count === 1 ? 'Travail supprimé.' : `${count} travaux supprimés.`),
    saved: 'Options enregistrées.',
    refreshed: 'Liste actualisée.',
    signedOut: 'Déconnecté. Au revoir\u00a0!',
    expired: 'Votre session est terminée. Passez à nouveau votre badge.',
    inactive: 'Déconnecté\u00a0: le panneau n’a pas été utilisé depuis un moment.',
  },
  errors: {
    timeout: 'Le serveur d’impression n’a pas répondu à temps. Réessayez.',
    offline: 'Pas de connexion au serveur d’impression. Attendez son retour, puis réessayez.',
    cancelled: 'Annulé.',
    unexpected: 'Un problème est survenu sur ce panneau. Réessayez.',
  },
  serverErrors: SERVER_ERRORS,
  crash: 'Un problème est survenu — touchez pour redémarrer',
};
