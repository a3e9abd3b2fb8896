import type { ErrorBody } from '@quire/protocol';
import type { ConnectionStatus } from '../lib/panel-client';
import type { PrinterParam } from '../lib/printer-param';
import { useStrings } from '../lib/use-strings';
import { MessageScreen } from './message-screen';

/** First failures before the panel says the server is unreachable, rather than still connecting. */
const FAILURES_BEFORE_UNREACHABLE = 2;

/** Before the server has said `welcome`: connecting, or why it cannot, with what to do about it. */
export function ConnectionScreen({ status }: { status: ConnectionStatus }) {
  const t = useStrings();
  if (status.state === 'offline' && status.failures >= FAILURES_BEFORE_UNREACHABLE) {
    return <MessageScreen title={t.unreachable.title} body={t.unreachable.body} waiting />;
  }
  return <MessageScreen title={t.connecting} waiting />;
}

/** The server answered but refused this panel's `hello`. */
export function RejectedScreen({ error, printer }: { error: ErrorBody; printer: string }) {
  const t = useStrings();
  if (error.code === 'unsupported-version') {
    return (
      <MessageScreen title={t.oldPanel.title} body={error.message || t.oldPanel.body}>
        <button type="button" class="primary" onClick={() => location.reload()}>
          {t.oldPanel.reload}
        </button>
      </MessageScreen>
    );
  }
  if (error.code === 'unknown-printer')
    return <MessageScreen title={t.unknownPrinter.title} body={t.unknownPrinter.body(printer)} />;
  return <MessageScreen title={t.unreachable.title} body={error.message} waiting />;
}

/** The URL names no printer, or not a valid one: nothing to connect to until someone fixes the address. */
export function NoPrinterScreen({ param }: { param: Exclude<PrinterParam, { ok: true }> }) {
  const t = useStrings();
  return (
    <MessageScreen
      title={t.noPrinter.title}
      body={param.reason === 'invalid' ? t.badPrinter(param.raw) : t.noPrinter.body}
    />
  );
}
