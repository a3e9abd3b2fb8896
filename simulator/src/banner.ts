import type { DemoUserView } from '@quire/protocol';

export interface BannerPrinter {
  name: string;
  uri: string;
  /** A few words: "black and white, one-sided". */
  summary: string;
  /** How to reach its SNMP agent, when it has one: "SNMP udp 127.0.0.1:8631 (v2c community public)". */
  snmp?: string;
}

export interface BannerInfo {
  /** `http://127.0.0.1:<port>`, reachable from this machine. */
  url: string;
  /** `https://<host>:<port>` when TLS_PORT is set. */
  httpsUrl?: string;
  /** How the admin API is reached: the demo token to show, the user's own token, or none at all. */
  admin: { kind: 'demo-token'; token: string; file: string } | { kind: 'own-token' } | { kind: 'disabled' };
  demo?: {
    printers: BannerPrinter[];
    users: DemoUserView[];
    password: string;
    /** Paths as a person would type them from the current directory. */
    pdfFile: string;
    testFile: string;
    notes: string[];
  };
}

/** The words printed once everything is up. The first line is parsed by tests: keep its form. */
export function banner(info: BannerInfo): string {
  const { url } = info;
  const ipp = `ipp://${url.replace(/^https?:\/\//, '')}/ipp/print`;
  const out = [`Quire is ready on ${url}`, ''];
  const d = info.demo;
  if (d) {
    const width = Math.max(...d.printers.map((p) => p.name.length));
    out.push(`  Kiosk (printer panel simulator):  ${url}/kiosk/`);
    for (const p of d.printers)
      out.push(`  Panel of ${`${p.name}:`.padEnd(width + 1)}  ${url}/panel/?printer=${p.name}`);
    out.push('', `  Print queue (add it as an IPP printer):  ${ipp}`, '  Simulated printers:');
    for (const p of d.printers) {
      out.push(`    ${p.name.padEnd(width)}  ${p.uri}  (${p.summary})`);
      if (p.snmp) out.push(`    ${''.padEnd(width)}  ${p.snmp}`);
    }
  } else {
    out.push(`  Print queue (add it as an IPP printer):  ${ipp}`);
    out.push(`  Panel:  ${url}/panel/?printer=<name>  (add printers with POST /api/admin/printers)`);
  }
  if (info.httpsUrl) {
    out.push(
      `  HTTPS: ${info.httpsUrl}   (IPP over TLS: ipps://${info.httpsUrl.replace(/^https:\/\//, '')}/ipp/print)`,
    );
  }
  out.push('', ...adminLines(info));
  out.push(
    '',
    `  Web queue for people who print: ${url}/my/   (sign in with email and password; upload PDF, JPEG, PNG)`,
  );
  if (d) {
    const first = d.users[0];
    if (first) out.push(`    e.g. ${first.email} with the demo password ${d.password}`);
    out.push('', '  Demo badges (tap them in the kiosk, or type them on a panel):');
    for (const u of d.users) out.push(`    ${u.badge}  ${u.displayName} (${u.shortname})`);
    out.push(`    No badge? On the panel: "Sign in without a badge", the username and ${d.password}`);
    const owner = d.users[0]?.shortname ?? 'alice';
    out.push(
      '',
      `  Print the demo PDF as ${owner} (then tap ${owner}'s badge at a printer):`,
      `    ipptool -tv -f ${d.pdfFile} -d owner=${owner} -d copies=2 ${ipp} ${d.testFile}`,
    );
    if (d.notes.length > 0) out.push('', ...d.notes.map((n) => `  ${n}`));
  }
  out.push('', '  Stop with Ctrl-C.', '');
  return out.join('\n');
}

function adminLines(info: BannerInfo): string[] {
  const api = `${info.url}/api/admin`;
  switch (info.admin.kind) {
    case 'demo-token':
      return [
        `  Admin page: ${info.url}/admin/   (sign in with the demo token below)`,
        `  Admin API:  ${api}   (header Authorization: Bearer <token>)`,
        `    demo token (kept in ${info.admin.file}): ${info.admin.token}`,
        `    curl -H 'Authorization: Bearer ${info.admin.token}' ${api}/printers`,
      ];
    case 'own-token':
      return [
        `  Admin page: ${info.url}/admin/   (sign in with your ADMIN_TOKEN)`,
        `  Admin API:  ${api}   (header Authorization: Bearer <your ADMIN_TOKEN>)`,
        `    curl -H "Authorization: Bearer $ADMIN_TOKEN" ${api}/printers`,
      ];
    case 'disabled':
      return [
        `  Admin API:  ${api}   for signed-in accounts (POST /api/auth/login; a new installation`,
        `    creates its first administrator with POST /api/auth/setup); set ADMIN_TOKEN (16+ characters) for scripts.`,
      ];
    default:
      return info.admin satisfies never;
  }
}
