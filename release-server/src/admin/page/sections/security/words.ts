import type { Language } from '@quire/protocol';

/** The Security section's words (`#/security`). */
export interface SecurityWords {
  intro: string;
  installed: {
    title: string;
    none: string;
    subject: string;
    names: string;
    /** Only the subject's CN names the host: clients check subjectAltName first. */
    commonNameOnly: (name: string) => string;
    noNames: string;
    issuer: string;
    selfSigned: string;
    notBefore: string;
    notAfter: string;
    key: string;
    keyRsa: (bits: number) => string;
    keyEc: (curve: string) => string;
    signature: string;
    chain: string;
    chainLength: (n: number) => string;
    fingerprint: string;
    serial: string;
    hostName: string;
    https: string;
    httpsOn: (port: number) => string;
    httpsOff: string;
    warnings: string;
  };
  upload: {
    title: string;
    intro: string;
    certificateFile: string;
    certificateText: string;
    certificateHint: string;
    keyFile: string;
    keyText: string;
    keyHint: string;
    passphrase: string;
    passphraseHint: string;
    hostName: string;
    hostNameHint: (host: string) => string;
    submit: string;
    checking: string;
    tooLarge: (kb: number) => string;
    unreadable: string;
  };
  selfSigned: {
    title: string;
    intro: (days: number) => string;
    hostName: string;
    submit: string;
    generating: string;
    /** Asked before a certificate a certificate authority issued is replaced. */
    confirm: (issuer: string) => string;
    replace: string;
    keep: string;
    kept: string;
  };
  /** A refusal, above the server's reason. */
  refused: string;
  fix: string;
  /** What an install changed, in one sentence. */
  done: {
    installed: (names: string, until: string) => string;
    replaced: (names: string, until: string, before: string) => string;
    same: string;
    httpsOn: string;
    httpsOff: string;
  };
}

const NB = '\u00a0';

const en: SecurityWords = {
  intro:
    'The certificate the server answers HTTPS and ipps:// with. An uploaded certificate and its key are checked before they are used; the private key is stored on the server only and never shown again.',
  installed: {
    title: 'Installed certificate',
    none: 'No certificate is installed yet. Upload one or generate a self-signed one below.',
    subject: 'Issued to',
    names: 'Names clients check',
    commonNameOnly: (name) => `${name} (the subject’s CN only: no subjectAltName)`,
    noNames: 'none: clients will refuse it',
    issuer: 'Issued by',
    selfSigned: 'itself (self-signed): browsers warn until someone trusts it by hand',
    notBefore: 'Valid from',
    notAfter: 'Valid until',
    key: 'Key',
    keyRsa: (bits) => `RSA, ${bits} bits`,
    keyEc: (curve) => `EC, ${curve}`,
    signature: 'Signature',
    chain: 'Chain',
    chainLength: (n) =>
      n === 0 ? 'no intermediate certificate' : `${n} intermediate certificate${n === 1 ? '' : 's'}`,
    fingerprint: 'SHA-256 fingerprint',
    serial: 'Serial number',
    hostName: 'Server host name',
    https: 'HTTPS',
    httpsOn: (port) => `on, port ${port}`,
    httpsOff:
      'off: the server was started without TLS_PORT. The certificate is kept for when HTTPS is turned on.',
    warnings: 'To fix',
  },
  upload: {
    title: 'Upload a certificate',
    intro:
      'PEM files, as a certificate authority gives them: choose the files or paste their text. They are checked before anything changes: the key belongs to the certificate, today lies within its validity dates, and it names the server’s host name.',
    certificateFile: 'Certificate file (PEM)',
    certificateText: 'Certificate',
    certificateHint:
      'Begins with -----BEGIN CERTIFICATE-----. The server’s own certificate first, then any intermediate certificates.',
    keyFile: 'Private key file (PEM)',
    keyText: 'Private key',
    keyHint:
      'Begins with -----BEGIN PRIVATE KEY----- (or RSA, EC, ENCRYPTED PRIVATE KEY). Sent once, cleared from this page when installed.',
    passphrase: 'Passphrase of the key',
    passphraseHint:
      'Only for an encrypted key. The key is stored decrypted, so that the server can start on its own.',
    hostName: 'Host name to check',
    hostNameHint: (host) => `Empty: the server’s host name, ${host}.`,
    submit: 'Check and install',
    checking: 'Checking…',
    tooLarge: (kb) => `This file is larger than ${kb} kB: it is not a PEM certificate or key.`,
    unreadable: 'This file could not be read.',
  },
  selfSigned: {
    title: 'Generate a self-signed certificate',
    intro: (days) =>
      `A new RSA 2048 key and a certificate valid ${days} days, made on the server and installed at once. Browsers and printers warn about it until someone trusts it by hand.`,
    hostName: 'Host name',
    submit: 'Generate and install',
    generating: 'Generating…',
    confirm: (issuer) =>
      `The installed certificate was issued by ${issuer}. Replace it with a self-signed one that clients do not trust?`,
    replace: 'Replace it',
    keep: 'Keep the installed one',
    kept: 'Nothing changed: the installed certificate is kept.',
  },
  refused: 'Not installed:',
  fix: 'Not sent: correct the fields marked in red.',
  done: {
    installed: (names, until) => `Installed: the certificate for ${names}, valid until ${until}.`,
    replaced: (names, until, before) =>
      `Installed: the certificate for ${names}, valid until ${until}. It replaces the one for ${before}.`,
    same: 'This certificate was already installed: nothing changed.',
    httpsOn: 'HTTPS uses it for new connections now.',
    httpsOff: 'HTTPS is off; it will be used once it is on.',
  },
};

const fr: SecurityWords = {
  intro: `Le certificat avec lequel le serveur répond en HTTPS et en ipps://. Un certificat envoyé et sa clé sont vérifiés avant d’être utilisés${NB}; la clé privée n’est gardée que sur le serveur et n’est plus jamais affichée.`,
  installed: {
    title: 'Certificat installé',
    none: 'Aucun certificat n’est encore installé. Envoyez-en un ou générez-en un autosigné ci-dessous.',
    subject: 'Délivré à',
    names: 'Noms vérifiés par les clients',
    commonNameOnly: (name) => `${name} (le CN du sujet seulement${NB}: pas de subjectAltName)`,
    noNames: `aucun${NB}: les clients le refuseront`,
    issuer: 'Délivré par',
    selfSigned: `lui-même (autosigné)${NB}: les navigateurs avertissent tant que personne ne lui a fait confiance à la main`,
    notBefore: 'Valide à partir du',
    notAfter: 'Valide jusqu’au',
    key: 'Clé',
    keyRsa: (bits) => `RSA, ${bits}${NB}bits`,
    keyEc: (curve) => `EC, ${curve}`,
    signature: 'Signature',
    chain: 'Chaîne',
    chainLength: (n) =>
      n === 0
        ? 'aucun certificat intermédiaire'
        : `${n} certificat${n === 1 ? '' : 's'} intermédiaire${n === 1 ? '' : 's'}`,
    fingerprint: 'Empreinte SHA-256',
    serial: 'Numéro de série',
    hostName: 'Nom d’hôte du serveur',
    https: 'HTTPS',
    httpsOn: (port) => `activé, port ${port}`,
    httpsOff: `désactivé${NB}: le serveur a démarré sans TLS_PORT. Le certificat est gardé pour le jour où HTTPS sera activé.`,
    warnings: 'À corriger',
  },
  upload: {
    title: 'Envoyer un certificat',
    intro: `Des fichiers PEM, tels qu’une autorité de certification les fournit${NB}: choisissez les fichiers ou collez leur texte. Ils sont vérifiés avant tout changement${NB}: la clé appartient au certificat, la date du jour est dans sa période de validité, et il nomme le nom d’hôte du serveur.`,
    certificateFile: 'Fichier du certificat (PEM)',
    certificateText: 'Certificat',
    certificateHint:
      'Commence par -----BEGIN CERTIFICATE-----. Le certificat du serveur d’abord, puis les certificats intermédiaires éventuels.',
    keyFile: 'Fichier de la clé privée (PEM)',
    keyText: 'Clé privée',
    keyHint:
      'Commence par -----BEGIN PRIVATE KEY----- (ou RSA, EC, ENCRYPTED PRIVATE KEY). Envoyée une fois, effacée de cette page une fois installée.',
    passphrase: 'Phrase secrète de la clé',
    passphraseHint:
      'Seulement pour une clé chiffrée. La clé est gardée déchiffrée, pour que le serveur puisse démarrer seul.',
    hostName: 'Nom d’hôte à vérifier',
    hostNameHint: (host) => `Vide${NB}: le nom d’hôte du serveur, ${host}.`,
    submit: 'Vérifier et installer',
    checking: 'Vérification…',
    tooLarge: (kb) => `Ce fichier dépasse ${kb}${NB}ko${NB}: ce n’est pas un certificat ou une clé PEM.`,
    unreadable: 'Ce fichier n’a pas pu être lu.',
  },
  selfSigned: {
    title: 'Générer un certificat autosigné',
    intro: (days) =>
      `Une nouvelle clé RSA 2048 et un certificat valable ${days}${NB}jours, créés sur le serveur et installés aussitôt. Les navigateurs et les imprimantes avertissent tant que personne ne lui a fait confiance à la main.`,
    hostName: 'Nom d’hôte',
    submit: 'Générer et installer',
    generating: 'Génération…',
    confirm: (issuer) =>
      `Le certificat installé a été délivré par ${issuer}. Le remplacer par un certificat autosigné auquel les clients ne font pas confiance${NB}?`,
    replace: 'Le remplacer',
    keep: 'Garder celui qui est installé',
    kept: `Rien n’a changé${NB}: le certificat installé est gardé.`,
  },
  refused: `Non installé${NB}:`,
  fix: `Non envoyé${NB}: corrigez les champs marqués en rouge.`,
  done: {
    installed: (names, until) => `Installé${NB}: le certificat de ${names}, valide jusqu’au ${until}.`,
    replaced: (names, until, before) =>
      `Installé${NB}: le certificat de ${names}, valide jusqu’au ${until}. Il remplace celui de ${before}.`,
    same: `Ce certificat était déjà installé${NB}: rien n’a changé.`,
    httpsOn: 'HTTPS l’utilise dès maintenant pour les nouvelles connexions.',
    httpsOff: `HTTPS est désactivé${NB}; il sera utilisé une fois activé.`,
  },
};

export const securityWords: Record<Language, SecurityWords> = { en, fr };
