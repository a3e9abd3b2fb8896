import { Component, type ComponentChildren } from 'preact';

/** The root of the kiosk: a crash shows what happened and a reload button, never a blank page. */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, { error: string | null }> {
  override state = { error: null as string | null };

  override componentDidCatch(error: unknown): void {
    console.error('[kiosk] crashed', error);
    this.setState({ error: error instanceof Error ? error.message : String(error) });
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div class="crash">
        <p>The simulator page failed: {this.state.error}</p>
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
