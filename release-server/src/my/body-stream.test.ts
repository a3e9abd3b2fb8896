import { describe, expect, it } from 'vitest';
import { peek, readAll } from './body-stream';

async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.from(p);
}

async function text(source: AsyncIterable<Buffer>): Promise<string> {
  let out = '';
  for await (const c of source) out += c.toString();
  return out;
}

describe('peek', () => {
  it('reads just enough chunks for the head, then gives the whole stream back', async () => {
    const { head, all } = await peek(chunks('%P', 'DF', '-1.7', ' rest'), 5);
    expect(head.toString()).toBe('%PDF-');
    expect(await text(all)).toBe('%PDF-1.7 rest');
  });

  it('gives a shorter head for a shorter stream', async () => {
    const { head, all } = await peek(chunks('ab'), 8);
    expect(head.toString()).toBe('ab');
    expect(await text(all)).toBe('ab');
  });
});

describe('readAll', () => {
  it('refuses as soon as the stream passes the limit', async () => {
    let read = 0;
    async function* counted() {
      for (const p of ['aaaa', 'bbbb', 'cccc', 'dddd']) {
        read++;
        yield Buffer.from(p);
      }
    }
    await expect(readAll(counted(), 6, () => new Error('too big'))).rejects.toThrow('too big');
    expect(read).toBe(2);
    expect((await readAll(chunks('ab', 'cd'), 4, () => new Error('no'))).toString()).toBe('abcd');
  });
});
