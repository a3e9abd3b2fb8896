import type { ComponentChildren } from 'preact';
import { FormContext } from '../form';

interface Props {
  /** Prefixes the fields' ids: `<id>-<path>`. */
  id: string;
  /** The button's words ("Show"). */
  show: string;
  /** Puts the filters in the address (the view is bookmarked and shared by it). */
  onShow: () => void;
  /** The fields (components/form TextField, SelectField), with the values being typed. */
  children: ComponentChildren;
}

const NO_ERRORS = {};

/** Filters above a list, side by side, and "Show": nothing is asked of the server until it is pressed. */
export function FiltersForm({ id, show, onShow, children }: Props) {
  return (
    <form
      class="filters-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onShow();
      }}
    >
      <FormContext.Provider value={{ id, errors: NO_ERRORS }}>{children}</FormContext.Provider>
      <button type="submit" data-testid="show">
        {show}
      </button>
    </form>
  );
}
