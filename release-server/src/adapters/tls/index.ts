export { type CheckedPair, checkPair, type PairCheck, type PairInput, type PairProblem } from './check-pair';
export { describeCertificate, EXPIRY_WARNING_DAYS, MIN_RSA_BITS } from './describe-certificate';
export { namesCover } from './host-names';
export { type HttpsListener, type HttpsListenerOptions, listenHttps } from './https-listener';
export { type CertificateFacts, fingerprint, readCertificate } from './read-certificate';
export { makeSelfSigned } from './self-signed';
export { TlsCertificates, type TlsCertificatesOptions } from './tls-certificates';
export { type StoredPair, TlsStore } from './tls-store';
