import { describe, expect, test } from 'vitest';
import { fieldSegments, formParts, frontMatterLines, localDate } from '../../../../src/lib/contribute/form-state.ts';
import { repositoryLink } from '../../../../src/lib/contribute/repository-link.ts';

describe('formParts', () => {
  const loaded = { title: 'Old title', countries: ['PRY', 'HND'], period: { start: 2015 }, extra: 'kept' };

  test('keeps every field not edited as loaded, even one the form cannot show, and replaces or removes the edited ones', () => {
    const values = { title: 'New title', countries: ['HND', 'PRY'], period: { start: '2015' } };
    const parts = formParts({ data: loaded, body: 'Body.', edited: new Set(['title']) }, values, 'Body.\r\n');
    expect(parts).toEqual({ data: { ...loaded, title: 'New title' }, body: 'Body.' });
    const removed = formParts(
      { data: loaded, body: 'Body.', edited: new Set(['title', 'extra', '']) },
      { title: undefined, countries: ['PRY'] },
      'New body.',
    );
    // The title was emptied: removed. "extra" is no field of the form: kept though marked edited. Countries were not edited.
    expect(removed).toEqual({ data: { countries: ['PRY', 'HND'], period: { start: 2015 }, extra: 'kept' }, body: 'New body.' });
  });

  test('takes everything from the form in a new draft', () => {
    expect(formParts({ data: {}, body: '', edited: 'all' }, { title: 'T', kind: undefined }, '## Context')).toEqual({
      data: { title: 'T' },
      body: '## Context',
    });
  });
});

describe('the form’s reading of problems', () => {
  test('splits a field path into keys and indexes', () => {
    expect(fieldSegments('sources[0].url')).toEqual(['sources', 0, 'url']);
    expect(fieldSegments('needs.recommendations[12].symbol')).toEqual(['needs', 'recommendations', 12, 'symbol']);
    expect(fieldSegments('title')).toEqual(['title']);
  });

  test('counts the front matter’s lines, fences included', () => {
    expect(frontMatterLines('---\ntitle: T\n---\n\nBody')).toBe(3);
    expect(frontMatterLines('\uFEFF---\na: 1\nb: 2\n---\n')).toBe(4);
    expect(frontMatterLines('No front matter')).toBe(0);
    expect(frontMatterLines('---\nnever closed')).toBe(2);
  });

  test('writes the local date as case files do', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the repository link', () => {
  test('opens the new-file page with the path and the text filled in, escaped', () => {
    const text = '---\ntitle: "A & B"\n---\n\n## Context\n';
    const link = new URL(repositoryLink('https://github.com/org/gateway/', 'main', 'content/practices/a-b.md', text, false));
    expect(link.pathname).toBe('/org/gateway/new/main');
    expect(link.searchParams.get('filename')).toBe('content/practices/a-b.md');
    expect(link.searchParams.get('value')).toBe(text);
  });

  test('opens the edit page of a file that exists, which the host cannot prefill', () => {
    expect(repositoryLink('https://github.com/org/gateway', 'main', 'content/practices/a-b.md', 'x', true)).toBe(
      'https://github.com/org/gateway/edit/main/content/practices/a-b.md',
    );
  });
});
