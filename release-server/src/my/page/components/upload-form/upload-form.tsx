import type { JobView, MyUploadLimits } from '@quire/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type MyApi } from '../../lib/api';
import { errorText } from '../../lib/error-text';
import type { Strings, UploadRefusal } from '../../lib/i18n';
import { ACCEPT, checkUpload, wholeMegabytes } from '../../lib/upload-check';
import { useStrings } from '../../lib/use-strings';
import { Said } from '../said';

interface Props {
  api: MyApi;
  limits: MyUploadLimits | null;
  onUploaded: (job: JobView) => void;
}

/** What the form says, kept as a function of the words so that switching the language rewords it. */
type Outcome = { ok: boolean; words: (t: Strings) => string } | null;

/** A refusal in the page's words (`image`: the file is a JPEG or PNG); the server's own sentence for anything else. */
function refusalWords(error: unknown, name: string, image: boolean, limits: MyUploadLimits): Outcome {
  const refused = (r: UploadRefusal, limit = 0): Outcome => ({
    ok: false,
    words: (t) => t.upload.refused[r](name, t.megabytes(wholeMegabytes(limit))),
  });
  if (!(error instanceof ApiError)) return { ok: false, words: (t) => errorText(error, t) };
  switch (error.code) {
    case 'network':
      return { ok: false, words: (t) => t.upload.lost };
    case 'aborted':
      return { ok: true, words: (t) => t.upload.cancelled };
    case 'format-not-supported':
      return refused(image ? 'damaged' : 'type');
    case 'payload-too-large':
      if (/pixels/.test(error.message))
        return { ok: false, words: (t) => t.upload.tooManyPixels(name, limits.maxImagePixels / 1e6) };
      return image
        ? refused('image-too-large', limits.maxImageBytes)
        : refused('too-large', limits.maxDocumentBytes);
    default:
      return { ok: false, words: (t) => errorText(error, t) };
  }
}

/**
 * Sends a PDF, JPEG or PNG to my queue (PRODUCT.md §3.2), with its progress and a way to stop it. A
 * file the server would refuse is refused here first, in words, before a byte is sent. A file can also
 * be dropped on the form.
 */
export function UploadForm({ api, limits, onUploaded }: Props) {
  const t = useStrings();
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [said, setSaid] = useState<Outcome>(null);
  const [dragging, setDragging] = useState(false);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const check = (chosen: File): boolean => {
    if (!limits) return true;
    const checked = checkUpload(chosen, limits);
    if (checked.ok) return true;
    setSaid({
      ok: false,
      words: (w) =>
        w.upload.refused[checked.refusal](chosen.name, w.megabytes(wholeMegabytes(checked.limit))),
    });
    return false;
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setSaid(null);
    if (chosen) check(chosen);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (progress !== null) return;
    if (!file) {
      setSaid({ ok: false, words: (w) => w.upload.choose });
      input.current?.focus();
      return;
    }
    if (!check(file) || !limits) return;
    const checked = checkUpload(file, limits);
    const image = checked.ok && checked.kind === 'image';
    const controller = new AbortController();
    abort.current = controller;
    setSaid(null);
    setProgress(0);
    try {
      const job = await api.upload(
        file,
        (p) => setProgress(p.total > 0 ? Math.min(100, Math.floor((p.sent / p.total) * 100)) : 0),
        controller.signal,
      );
      setSaid({ ok: true, words: (w) => w.upload.done(job.name) });
      form.current?.reset();
      setFile(null);
      onUploaded(job);
    } catch (error) {
      setSaid(refusalWords(error, file.name, image, limits));
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const mb = (bytes: number) => t.megabytes(wholeMegabytes(bytes));
  return (
    <section class="card" aria-labelledby="upload-title">
      <h2 id="upload-title">{t.upload.title}</h2>
      <form
        ref={form}
        class={dragging ? 'upload dragging' : 'upload'}
        onSubmit={submit}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const files = e.dataTransfer?.files;
          if (!files?.[0] || !input.current) return;
          input.current.files = files;
          choose(files[0]);
        }}
        noValidate
      >
        <p id="upload-label" class="label">
          {t.upload.file}
        </p>
        {/* The browser's own file button speaks the browser's language and is small: this one speaks the
            page's and is a thumb's size. The input stays, transparent, over it: focus and clicks are its own. */}
        <div class="file-field">
          <input
            ref={input}
            id="upload-file"
            type="file"
            accept={ACCEPT}
            aria-labelledby="upload-label"
            aria-describedby="upload-chosen upload-hint upload-said"
            disabled={progress !== null}
            data-testid="upload-file"
            onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
          />
          <span class="file-button" aria-hidden="true">
            {t.upload.chooseFile}
          </span>
          <span id="upload-chosen" class="file-name" data-testid="upload-chosen">
            {file?.name ?? t.upload.noFile}
          </span>
        </div>
        <p id="upload-hint" class="muted">
          {limits ? t.upload.hint(mb(limits.maxDocumentBytes), mb(limits.maxImageBytes)) : t.load.loading}
        </p>
        {progress !== null && file && (
          <div class="progress">
            <progress
              max={100}
              value={progress}
              aria-labelledby="upload-progress"
              data-testid="upload-progress"
            />
            {/* Not a live region: a screen reader reads the bar's value when asked, not every percent. */}
            <p id="upload-progress">{t.upload.progress(file.name, progress)}</p>
          </div>
        )}
        <Said
          id="upload-said"
          ok={said?.ok ? said.words(t) : ''}
          problem={said && !said.ok ? said.words(t) : ''}
          testid="upload-said"
        />
        <div class="actions">
          {/* Keyed apart: one button reused for both would turn into the submit button while the click
              on Cancel is still being handled, and that click would then send the file again. */}
          {progress === null ? (
            <button key="upload" type="submit" class="primary" data-testid="upload">
              {t.upload.submit}
            </button>
          ) : (
            <button
              key="cancel"
              type="button"
              data-testid="cancel-upload"
              onClick={(e) => {
                e.preventDefault();
                abort.current?.abort();
              }}
            >
              {t.upload.cancel}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
