import { render } from 'preact';

/** Placeholder: the admin page lands with the admin page issue; the fleet view comes first. */
render(<p>Quire administration</p>, document.getElementById('app')!);
