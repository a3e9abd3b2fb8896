import { describe, expect, it } from 'vitest';
import { banner } from './banner';

const demo = {
  printers: [{ name: 'sim-mono', uri: 'ipp://127.0.0.1:8631/ipp/print', summary: 'black and white' }],
  users: [{ email: 'alice@example.com', shortname: 'alice', displayName: 'Alice Martin', badge: '1001' }],
  password: 'pw',
  pdfFile: 'data/demo/welcome.pdf',
  testFile: 'simulator/ipp/print-held.test',
  notes: [],
};

describe('banner', () => {
  it('starts with the line tests parse', () => {
    const text = banner({ url: 'http://127.0.0.1:8080', admin: { kind: 'own-token' } });
    expect(text.split('\n')[0]).toBe('Quire is ready on http://127.0.0.1:8080');
  });

  it('shows the kiosk, panels, queue, badges, the demo token and the ipptool command', () => {
    const text = banner({
      url: 'http://127.0.0.1:8080',
      admin: { kind: 'demo-token', token: 'T0KEN-0123456789', file: 'data/demo-admin-token' },
      demo,
    });
    expect(text).toContain('http://127.0.0.1:8080/kiosk/');
    expect(text).toContain('Admin page: http://127.0.0.1:8080/admin/');
    expect(text).toContain('http://127.0.0.1:8080/panel/?printer=sim-mono');
    expect(text).toContain('ipp://127.0.0.1:8080/ipp/print');
    expect(text).toContain(
      "curl -H 'Authorization: Bearer T0KEN-0123456789' http://127.0.0.1:8080/api/admin/printers",
    );
    expect(text).toContain('1001  Alice Martin (alice)');
    expect(text).toContain('http://127.0.0.1:8080/my/');
    expect(text).toContain('alice@example.com with the demo password pw');
    expect(text).toContain(
      'ipptool -tv -f data/demo/welcome.pdf -d owner=alice -d copies=2 ipp://127.0.0.1:8080/ipp/print simulator/ipp/print-held.test',
    );
  });

  it('shows the HTTPS address and the ipps:// queue when TLS is on', () => {
    const text = banner({
      url: 'http://127.0.0.1:8080',
      httpsUrl: 'https://print.example.com:8443',
      admin: { kind: 'own-token' },
    });
    expect(text).toContain('HTTPS: https://print.example.com:8443');
    expect(text).toContain('ipps://print.example.com:8443/ipp/print');
  });

  it('never prints a token the user set', () => {
    const text = banner({ url: 'http://127.0.0.1:8080', admin: { kind: 'own-token' }, demo });
    expect(text).toContain('Bearer $ADMIN_TOKEN');
  });
});
