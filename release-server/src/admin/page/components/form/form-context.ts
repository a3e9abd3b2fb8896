import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { FieldErrors } from '../../lib/form-errors';

export interface FormContextValue {
  /** Makes ids unique on a page with several forms (`prices`, `quota-policy`). */
  id: string;
  errors: FieldErrors;
}

export const FormContext = createContext<FormContextValue>({ id: 'form', errors: {} });

/** The id of a field's control, its hint and its error: `prices-pricing-mono`. */
export const fieldId = (form: string, path: string): string => `${form}-${path.replace(/[^\w-]/g, '-')}`;

/** A field's id, the words of its error (if any), and the ids that describe it for screen readers. */
export function useField(path: string, hint: string | undefined) {
  const { id: form, errors } = useContext(FormContext);
  const id = fieldId(form, path);
  const error = errors[path];
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return { id, error, describedBy, invalid: error ? ('true' as const) : undefined };
}
