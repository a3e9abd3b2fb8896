import { Component, type ComponentChildren } from 'preact';

/** An unattended panel restarts by itself after a crash (PRODUCT.md §5.7: it recovers by itself). */
const AUTO_RESTART_MS = 30_000;

interface Props {
  /** Shown on the crash screen; passed in because the words live below this boundary. */
  message: string;
  children: ComponentChildren;
}

/** The root of the page: a crash anywhere shows a full-screen "tap to restart" instead of a blank panel. */
export class ErrorBoundary extends Component<Props, { crashed: boolean }> {
  override state = { crashed: false };
  private timer: ReturnType<typeof setTimeout> | undefined;

  override componentDidCatch(error: unknown): void {
    console.error('[panel] crashed', error);
    this.setState({ crashed: true });
    this.timer ??= setTimeout(restart, AUTO_RESTART_MS);
  }

  override componentWillUnmount(): void {
    clearTimeout(this.timer);
  }

  override render() {
    if (!this.state.crashed) return this.props.children;
    return (
      <button type="button" class="crash" onClick={restart}>
        {this.props.message}
      </button>
    );
  }
}

function restart(): void {
  location.reload();
}
