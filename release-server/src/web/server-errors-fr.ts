import type { ErrorCode } from '@quire/protocol';

const NB = '\u00a0';

/**
 * Every code of the server's closed table (protocol/src/errors.ts) in French, for the web pages: a
 * person at a desk, not at a printer's panel (the panel has its own words). A complete Record, so that
 * a code added to the table does not compile until it is said here. A page spreads it and puts its own
 * words over the codes it knows better (`{ ...WEB_SERVER_ERRORS_FR, 'payload-too-large': … }`). The
 * English pages show the server's own sentences.
 */
export const WEB_SERVER_ERRORS_FR: Readonly<Record<ErrorCode, string>> = {
  'bad-message': 'Le serveur n’a pas compris ce message.',
  'bad-request': 'Le serveur a refusé la demande',
  'unsupported-version': 'Cette page est plus ancienne que le serveur. Rechargez-la.',
  unauthorized: 'Jeton d’administration absent ou incorrect.',
  forbidden: 'Votre compte n’a pas le droit de faire ceci.',
  'csrf-failed': 'Cette page n’est plus à jour. Rechargez-la, puis réessayez.',
  'not-found': 'Introuvable sur le serveur.',
  conflict: 'Le serveur a refusé ce changement, qui contredit l’état actuel.',
  'payload-too-large': 'Ce fichier est trop volumineux.',
  'unknown-printer': 'Cette imprimante n’existe pas.',
  'unknown-badge': 'Ce badge n’est pas enregistré.',
  'too-many-attempts': 'Trop de tentatives. Attendez une minute, puis réessayez.',
  'bad-credentials': 'E-mail, nom court ou mot de passe incorrect.',
  'badge-taken': 'Ce badge appartient déjà à quelqu’un d’autre.',
  'policy-forbids': 'Les règles de l’entreprise ne le permettent pas.',
  'printing-disabled': 'L’impression est désactivée pour ce compte.',
  'quota-exceeded': 'Le quota de ce compte est épuisé pour ce mois-ci.',
  'color-not-allowed': 'Ce compte n’a pas le droit d’imprimer en couleur.',
  'color-quota-exceeded': `Le quota couleur de ce compte est épuisé${NB}: imprimez en noir et blanc.`,
  'page-count-unknown': 'Le nombre de pages de ce document est inconnu.',
  'not-signed-in': 'Vous n’êtes pas connecté.',
  'session-expired': 'Votre session a pris fin. Reconnectez-vous.',
  'job-not-found': 'Ce travail n’est plus sur le serveur.',
  'job-not-releasable': 'Ce travail ne peut pas être imprimé maintenant.',
  'invalid-settings': 'Ces options ne sont pas valides.',
  'settings-not-supported': 'Cette imprimante ne sait pas faire cela.',
  'format-not-supported': 'Cette imprimante ne sait pas imprimer ce type de document.',
  'document-missing': 'Le document de ce travail a disparu du serveur.',
  'printer-unreachable': 'L’imprimante ne répond pas. Le travail reste en attente.',
  'printer-busy': 'L’imprimante est occupée. Réessayez dans un instant.',
  'printer-stopped': 'L’imprimante est arrêtée. Le travail reste en attente.',
  'printer-not-accepting': 'L’imprimante n’accepte pas de travaux. Le travail reste en attente.',
  'printer-rejected-job': 'L’imprimante a refusé ce travail.',
  'printer-aborted-job': 'L’imprimante a interrompu ce travail. Il reste en attente.',
  'printer-timeout': 'L’imprimante n’a pas répondu à temps. Le travail reste en attente.',
  'release-interrupted': 'L’envoi à l’imprimante a été interrompu. Vérifiez ce qu’elle a imprimé.',
  'storage-full': `Le disque du serveur d’impression est plein${NB}: le document n’a pas été gardé. Réessayez plus tard.`,
  'internal-error': 'Le serveur a rencontré une erreur. Réessayez.',
};
