import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** Which page crashed, for the console: `admin`, `my`. */
  page: string;
  /** Words for the crash notice and its button; passed in because the language lives below this boundary. */
  message: string;
  reload: string;
  children: ComponentChildren;
}

/** The root of a page: a crash anywhere says so in words with a way out, never a blank page. */
export class ErrorBoundary extends Component<Props, { crashed: boolean }> {
  override state = { crashed: false };

  override componentDidCatch(error: unknown): void {
    console.error(`[${this.props.page}] crashed`, error);
    this.setState({ crashed: true });
  }

  override render() {
    if (!this.state.crashed) return this.props.children;
    return (
      <main class="crash">
        <p role="alert">{this.props.message}</p>
        <button type="button" onClick={() => location.reload()}>
          {this.props.reload}
        </button>
      </main>
    );
  }
}
