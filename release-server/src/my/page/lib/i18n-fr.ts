import { WEB_SERVER_ERRORS_FR } from '../../../web/server-errors-fr';
import type { Strings } from './i18n';

const plural = (n: number, one: string, many: string): string => (n <= 1 ? one : many);
/** A name in French quotation marks, with the non-breaking spaces French typography puts inside them. */
const q = (name: string): string => `«\u00a0${name}\u00a0»`;
/** "de" before a name, elided before a vowel or a mute h: « d’Alice », « de Bob ». */
const of = (name: string): string => (/^[aeiouyhàâäéèêëîïôöùûü]/i.test(name) ? `d’${name}` : `de ${name}`);

/** Français. Server errors a person meets here are said in French too; others keep the server's words. */
export const fr: Strings = {
  lang: 'fr',
  locale: 'fr-FR',
  name: 'Français',
  switchHere: 'Afficher cette page en français',
  title: 'Mes impressions',
  product: 'Quire',
  skip: 'Aller au contenu',
  signOut: 'Se déconnecter',
  signedInAs: (name) => `Session ${of(name)}`,
  signIn: {
    title: 'Connectez-vous à vos impressions',
    intro:
      'Voyez les documents qui vous attendent, envoyez-en d’autres et choisissez qui peut les imprimer pour vous.',
    login: 'Adresse e-mail ou identifiant',
    password: 'Mot de passe',
    submit: 'Se connecter',
    checking: 'Connexion…',
    reasons: {
      empty: 'Saisissez votre adresse e-mail ou votre identifiant, et votre mot de passe.',
      wrong: 'Adresse e-mail, identifiant ou mot de passe incorrect.',
      'too-many': 'Trop de tentatives. Attendez une minute, puis réessayez.',
      expired: 'Votre session a pris fin. Reconnectez-vous.',
      'signed-out': 'Déconnexion effectuée.',
      unreachable: 'Le serveur d’impression est injoignable. Vérifiez le réseau et réessayez.',
    },
  },
  load: { loading: 'Chargement…', retry: 'Réessayer', refresh: 'Actualiser' },
  jobs: {
    title: 'En attente d’impression',
    intro: 'Pour imprimer, passez votre badge sur le panneau de n’importe quelle imprimante.',
    empty: 'Rien n’attend. Envoyez un document, ou imprimez vers Quire depuis votre ordinateur.',
    pages: (n) => (n === null ? 'Nombre de pages inconnu' : `${n}\u00a0${plural(n, 'page', 'pages')}`),
    cost: (amount) => `Coût ${amount}`,
    submitted: (when) => `Envoyé le ${when}`,
    settings: (copies, sides, color) =>
      [
        `${copies}\u00a0${plural(copies, 'exemplaire', 'exemplaires')}`,
        sides === 'one-sided' ? 'recto' : 'recto verso',
        color === 'color' ? 'couleur' : 'noir et blanc',
      ].join(', '),
    states: { held: 'En attente', kept: 'Imprimé, conservé', releasing: 'Impression en cours' },
    delete: 'Supprimer',
    deleteLabel: (name) => `Supprimer ${q(name)}`,
    confirm: (name) => `Supprimer ${q(name)}\u00a0? Il ne sera pas imprimé.`,
    confirmYes: 'Oui, supprimer',
    confirmNo: 'Le garder',
    deleting: 'Suppression…',
    deleted: (name) => `${q(name)} supprimé.`,
    delegated: (owner) => `Documents ${of(owner)}`,
    delegatedNote:
      'Vous pouvez les imprimer pour cette personne à une imprimante\u00a0; elle seule peut les supprimer.',
    updated: 'Liste actualisée.',
  },
  upload: {
    title: 'Envoyer un document',
    file: 'Document (PDF, JPEG ou PNG)',
    chooseFile: 'Choisir un fichier',
    noFile: 'Aucun fichier choisi',
    hint: (maxDocument, maxImage) =>
      `PDF jusqu’à ${maxDocument}, images jusqu’à ${maxImage}. Une image devient un PDF d’une page. Il s’imprime avec vos réglages par défaut.`,
    choose: 'Choisissez d’abord un fichier.',
    submit: 'Envoyer',
    cancel: 'Annuler l’envoi',
    tooManyPixels: (name, millions) =>
      `${q(name)} a trop de pixels\u00a0: un PNG peut en avoir au plus ${millions}\u00a0millions. Réduisez-le, ou envoyez-le en PDF ou en JPEG.`,
    progress: (name, percent) => `Envoi de ${q(name)}\u00a0: ${percent}\u00a0%`,
    done: (name) => `${q(name)} vous attend à n’importe quelle imprimante.`,
    cancelled: 'Envoi annulé.',
    refused: {
      type: (name) =>
        `${q(name)} n’est ni un PDF, ni un JPEG, ni un PNG. Envoyez un document PDF, ou une image JPEG ou PNG.`,
      'too-large': (name, limit) =>
        `${q(name)} est trop volumineux\u00a0: un document peut faire au plus ${limit}.`,
      'image-too-large': (name, limit) =>
        `${q(name)} est trop volumineux\u00a0: une image peut faire au plus ${limit}. Envoyez-la en PDF, ou réduisez-la.`,
      empty: (name) => `${q(name)} est vide.`,
      damaged: (name) => `${q(name)} n’a pas pu être lu\u00a0: le fichier est peut-être abîmé.`,
    },
    lost: 'L’envoi s’est arrêté\u00a0: la connexion au serveur a été perdue. Réessayez.',
  },
  settings: {
    title: 'Réglages par défaut',
    intro: 'Les réglages d’un document envoyé ici. Vous pouvez encore les changer à l’imprimante.',
    copies: 'Exemplaires',
    sides: 'Faces',
    sidesValues: {
      'one-sided': 'Recto',
      'two-sided-long-edge': 'Recto verso (livre)',
      'two-sided-short-edge': 'Recto verso (bloc-notes)',
    },
    color: 'Couleur',
    colorValues: { color: 'Couleur', monochrome: 'Noir et blanc' },
    save: 'Enregistrer les réglages',
    saving: 'Enregistrement…',
    saved: 'Réglages enregistrés.',
  },
  delegates: {
    title: 'Délégués',
    intro:
      'Les personnes qui peuvent imprimer vos documents pour vous à une imprimante. Elles ne peuvent pas les supprimer.',
    off: 'La délégation est désactivée dans votre organisation\u00a0: vos délégués ne voient rien pour l’instant.',
    none: 'Personne d’autre que vous ne peut imprimer vos documents.',
    add: 'Ajouter',
    person: 'Adresse e-mail ou identifiant',
    personHint: 'Par exemple bob@example.com',
    remove: 'Retirer',
    removeLabel: (name) => `Retirer ${name}`,
    added: (name) => `${name} peut maintenant imprimer vos documents.`,
    removed: (name) => `${name} ne peut plus imprimer vos documents.`,
    unknown: (name) => `Personne n’a l’adresse e-mail ou l’identifiant ${q(name)}.`,
    self: 'Vous pouvez toujours imprimer vos propres documents\u00a0: ajoutez quelqu’un d’autre.',
    already: (name) => `${name} fait déjà partie de vos délégués.`,
  },
  history: {
    title: 'Historique',
    empty: 'Rien n’a encore été imprimé ni supprimé.',
    more: 'Voir plus ancien',
    kinds: { printed: 'Imprimé', deleted: 'Supprimé', expired: 'Expiré sans impression' },
    on: (printer) => `sur ${printer}`,
  },
  quota: {
    title: 'Reste ce mois-ci',
    none: 'Aucun quota ne s’applique à vous.',
    total: 'En tout',
    color: 'En couleur',
    unlimited: 'Sans limite',
    disabled: 'Impression désactivée',
    impressions: (n) => `${n}\u00a0${plural(n, 'page', 'pages')}`,
  },
  megabytes: (n) => `${n}\u00a0Mo`,
  errors: {
    network: 'Le serveur d’impression est injoignable. Vérifiez le réseau et réessayez.',
    badAnswer:
      'Le serveur d’impression a répondu quelque chose que cette page ne comprend pas. Rechargez la page.',
    unexpected: 'Une erreur s’est produite. Rechargez la page.',
  },
  serverErrors: {
    ...WEB_SERVER_ERRORS_FR,
    'format-not-supported':
      'Ce fichier n’est ni un PDF, ni un JPEG, ni un PNG. Envoyez un document PDF, ou une image JPEG ou PNG.',
    'payload-too-large': 'Ce fichier est trop volumineux.',
    'job-not-found': 'Ce document n’est plus dans votre liste.',
    'job-not-releasable':
      'Ce document ne peut pas être supprimé maintenant (impression en cours, ou déjà terminé).',
    'csrf-failed': 'Cette page n’est plus à jour. Rechargez-la, puis réessayez.',
    'session-expired': 'Votre session a pris fin. Reconnectez-vous.',
    'not-signed-in': 'Votre session a pris fin. Reconnectez-vous.',
    'too-many-attempts': 'Trop de tentatives. Attendez une minute, puis réessayez.',
    'bad-request': 'Cette demande n’a pas été comprise. Vérifiez ce que vous avez saisi.',
    'internal-error': 'Le serveur d’impression a rencontré une erreur. Réessayez.',
  },
  crash: 'Une erreur s’est produite sur cette page.',
  reload: 'Recharger',
};
