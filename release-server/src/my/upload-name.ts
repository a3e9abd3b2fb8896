/** Longest job name kept (IPP `job-name` is name(MAX), 255 octets: RFC 8011 §5.3.5). */
export const MAX_NAME_CHARS = 255;

/** The name a document gets when the upload does not say one. */
export const UNNAMED = 'Uploaded document';

/**
 * The job's name from the `x-file-name` header: percent-decoded (a browser's `encodeURIComponent` of the
 * file's name), without a path (some browsers once sent `C:\fakepath\…`), control characters or outer
 * spaces, cut to {@link MAX_NAME_CHARS} characters.
 */
export function jobNameFrom(header: string | undefined): string {
  if (header === undefined) return UNNAMED;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    name = header;
  }
  const base = name.split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim();
  return clean === '' ? UNNAMED : [...clean].slice(0, MAX_NAME_CHARS).join('');
}
