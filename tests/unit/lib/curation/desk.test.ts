import { describe, expect, test } from 'vitest';
import { deskReport } from '../../../../src/lib/curation/desk.ts';
import { linksToCheck, verdictOf } from '../../../../src/lib/curation/links.ts';
import type { Problem } from '../../../../src/lib/validate/problem.ts';

const warning = (file: string, rule: Problem['rule'], line = 1): Problem => ({
  file,
  line,
  column: 1,
  field: '',
  rule,
  severity: 'warning',
  message: `${rule} here`,
  messageId: 'source-quality.plain-http',
  values: {},
});

describe('deskReport', () => {
  const base = { entries: [], readable: [], languages: ['en', 'fr'], today: '2026-12-02' };

  test('keeps the warnings a curator resolves, sorted by file and line, and leaves the rest to the validator report', () => {
    const report = deskReport({
      ...base,
      problems: [
        warning('b.md', 'source-quality', 9),
        warning('a.md', 'no-personal-data'),
        warning('b.md', 'possible-duplicate', 2),
        { ...warning('a.md', 'source-age'), severity: 'error' },
      ],
    });
    expect(report.warnings.map((w) => `${w.file}:${w.line} ${w.rule}`)).toEqual(['b.md:2 possible-duplicate', 'b.md:9 source-quality']);
  });

  test('lists practices whose reading layer misses an interface language, and the failing links of the latest check', () => {
    const report = deskReport({
      ...base,
      problems: [],
      readable: [
        { id: 'both', file: 'both.md', languages: ['en', 'fr'] },
        { id: 'english', file: 'english.md', languages: ['en'] },
      ],
      links: {
        checkedAt: '2026-11-30',
        results: [
          { url: 'https://b.example/', verdict: 'gone', status: 410, files: ['x.md'] },
          { url: 'https://a.example/', verdict: 'ok', status: 200, files: ['x.md'] },
        ],
      },
    });
    expect(report.missingTranslations).toEqual([{ id: 'english', file: 'english.md', languages: ['fr'] }]);
    expect(report.links).toEqual({
      checkedAt: '2026-11-30',
      checked: 2,
      failing: [{ url: 'https://b.example/', verdict: 'gone', status: 410, files: ['x.md'] }],
    });
    expect(deskReport({ ...base, problems: [] }).links).toBeUndefined();
  });
});

describe('link checking', () => {
  test('judges statuses: permanent redirects are "moved", temporary ones are not judged here', () => {
    expect([200, 204, 301, 308, 404, 410, 429, 500, 503].map(verdictOf)).toEqual([
      'ok',
      'ok',
      'moved',
      'moved',
      'not-found',
      'gone',
      'client-error',
      'server-error',
      'server-error',
    ]);
  });

  test('collects every cited web address once, with the files citing it, and no mailto or relative link', () => {
    const links = linksToCheck([
      {
        file: 'b.md',
        data: { sources: [{ url: 'https://x.example/doc' }, { symbol: 'A/HRC/1/1' }], contact: { url: 'https://x.example/contact' } },
      },
      { file: 'a.md', data: { website: 'https://x.example/doc', sources: [{ url: 'mailto:office@x.example' }] } },
    ]);
    expect(links).toEqual([
      { url: 'https://x.example/contact', files: ['b.md'] },
      { url: 'https://x.example/doc', files: ['a.md', 'b.md'] },
    ]);
  });
});
