import { describe, expect, it } from 'vitest';
import { GROUPS, listParams, pageCount, readListView, shownRange, usersHash } from './list-view';

describe('readListView', () => {
  it.each([
    [{}, { q: '', page: 1 }],
    [{ q: ' ali ' }, { q: 'ali', page: 1 }],
    [
      { q: 'ali', page: '3' },
      { q: 'ali', page: 3 },
    ],
    [{ page: '0' }, { q: '', page: 1 }],
    [{ page: '-2' }, { q: '', page: 1 }],
    [{ page: '2.5' }, { q: '', page: 1 }],
    [{ page: 'two' }, { q: '', page: 1 }],
    [{ page: '99999999' }, { q: '', page: 1 }],
  ])('%j -> %j', (params, view) => {
    expect(readListView(params)).toEqual(view);
  });

  it('cuts a search where the server does', () => {
    expect(readListView({ q: 'x'.repeat(300) }).q).toHaveLength(254);
  });
});

describe('listParams', () => {
  it.each([
    [
      { q: '', page: 1 },
      { q: undefined, page: undefined },
    ],
    [
      { q: 'ali', page: 1 },
      { q: 'ali', page: undefined },
    ],
    [
      { q: '', page: 2 },
      { q: undefined, page: '2' },
    ],
  ])('%j -> %j', (view, params) => {
    expect(listParams(view)).toEqual(params);
  });

  it('reads back what it wrote', () => {
    const view = { q: 'finance', page: 4 };
    expect(readListView(listParams(view) as Record<string, string>)).toEqual(view);
  });
});

describe('pageCount and shownRange', () => {
  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [230, 5],
  ])('%i users fill %i pages of 50', (total, pages) => {
    expect(pageCount(total, 50)).toBe(pages);
  });

  it('numbers the users of a page from 1', () => {
    expect(shownRange(1, 50, 50)).toEqual({ first: 1, last: 50 });
    expect(shownRange(5, 50, 30)).toEqual({ first: 201, last: 230 });
  });
});

describe('usersHash', () => {
  it.each([
    [{ q: '', page: 1 }, undefined, '#/users'],
    [{ q: 'ali', page: 2 }, undefined, '#/users?q=ali&page=2'],
    [{ q: 'ali', page: 1 }, 'ali@example.com', '#/users/ali%40example.com?q=ali'],
    [{ q: '', page: 1 }, GROUPS, '#/users/-groups'],
  ])('%j %s -> %s', (view, path, hash) => {
    expect(usersHash(view, path)).toBe(hash);
  });
});
