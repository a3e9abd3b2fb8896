/**
 * Hands a fetched file to the browser as a download. The CSV export needs the token in a header, so a
 * plain link cannot fetch it: the page fetches it and saves the blob.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; keep the URL a while for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
