import { describe, expect, test } from 'vitest';
import {
  buildCslItem,
  citePractice,
  escapeBibtex,
  formatBibtex,
  formatCslJson,
  formatReference,
  type CitationInput,
} from '../../../src/lib/cite.ts';

const SAMPLE: CitationInput = {
  id: 'paraguay-simore',
  practice: {
    title: 'Paraguay tracks UN and Inter-American human rights recommendations online with SIMORE Plus',
    lastReviewed: '2026-11-25',
    bodyLanguage: 'en',
  },
  organisation: 'Ministry of Foreign Affairs of Paraguay',
  siteUrl: 'https://gateway.example.org',
  languages: ['en', 'fr'],
};

const WITHOUT_URL: CitationInput = { ...SAMPLE, siteUrl: undefined };

describe('formatReference', () => {
  test('writes organisation, year of review, title, gateway and page address', () => {
    expect(formatReference(SAMPLE)).toMatchInlineSnapshot(
      `"Ministry of Foreign Affairs of Paraguay. (2026). Paraguay tracks UN and Inter-American human rights recommendations online with SIMORE Plus. Human Rights Knowledge Gateway. https://gateway.example.org/en/practices/paraguay-simore/"`,
    );
  });

  test('names the gateway and the practice id when the site has no address', () => {
    expect(formatReference(WITHOUT_URL)).toMatchInlineSnapshot(
      `"Ministry of Foreign Affairs of Paraguay. (2026). Paraguay tracks UN and Inter-American human rights recommendations online with SIMORE Plus. Human Rights Knowledge Gateway, practice paraguay-simore."`,
    );
  });

  test('adds no second full stop after a title that ends in one', () => {
    const input = { ...SAMPLE, practice: { ...SAMPLE.practice, title: 'Who follows up?' }, organisation: 'Example Org Inc.' };
    expect(formatReference(input)).toBe(
      'Example Org Inc. (2026). Who follows up? Human Rights Knowledge Gateway. https://gateway.example.org/en/practices/paraguay-simore/',
    );
  });

  test('cites the French page of a case file written in French, and the English page for other languages', () => {
    const fr = { ...SAMPLE, practice: { ...SAMPLE.practice, bodyLanguage: 'fr' } };
    const es = { ...SAMPLE, practice: { ...SAMPLE.practice, bodyLanguage: 'es' } };
    expect(citePractice(fr).url).toBe('https://gateway.example.org/fr/practices/paraguay-simore/');
    expect(citePractice(es).url).toBe('https://gateway.example.org/en/practices/paraguay-simore/');
  });

  test('keeps a site path prefix and drops a trailing slash', () => {
    expect(citePractice({ ...SAMPLE, siteUrl: 'https://example.org/gateway/' }).url).toBe(
      'https://example.org/gateway/en/practices/paraguay-simore/',
    );
  });

  test('refuses a site URL that is not a web address', () => {
    expect(() => formatReference({ ...SAMPLE, siteUrl: 'gateway.example.org' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: The site URL "gateway.example.org" is not a web address. Set GATEWAY_SITE_URL to a full address such as https://gateway.example.org.]`,
    );
    expect(() => formatReference({ ...SAMPLE, siteUrl: 'mailto:gateway@example.org' })).toThrow('is not a web address');
  });
});

describe('formatBibtex', () => {
  test('writes a @misc entry keyed by the id, with the organisation as one institutional author', () => {
    expect(formatBibtex(SAMPLE)).toMatchInlineSnapshot(`
      "@misc{paraguay-simore,
        author = {{Ministry of Foreign Affairs of Paraguay}},
        title = {{Paraguay tracks UN and Inter-American human rights recommendations online with SIMORE Plus}},
        howpublished = {Human Rights Knowledge Gateway},
        year = {2026},
        month = nov,
        url = {https://gateway.example.org/en/practices/paraguay-simore/}
      }
      "
    `);
  });

  test('puts the practice id in a note when the site has no address', () => {
    expect(formatBibtex(WITHOUT_URL)).toMatchInlineSnapshot(`
      "@misc{paraguay-simore,
        author = {{Ministry of Foreign Affairs of Paraguay}},
        title = {{Paraguay tracks UN and Inter-American human rights recommendations online with SIMORE Plus}},
        howpublished = {Human Rights Knowledge Gateway},
        year = {2026},
        month = nov,
        note = {Practice paraguay-simore}
      }
      "
    `);
  });

  test('escapes & and % in a title, and keeps "and" inside an organisation name', () => {
    const input = {
      ...SAMPLE,
      practice: { ...SAMPLE.practice, title: 'Samoa & Fiji raise 100% of reporting budgets' },
      organisation: 'Ministry of Foreign Affairs and Trade of Samoa',
    };
    const bibtex = formatBibtex(input);
    expect(bibtex).toContain('  title = {{Samoa \\& Fiji raise 100\\% of reporting budgets}},\n');
    expect(bibtex).toContain('  author = {{Ministry of Foreign Affairs and Trade of Samoa}},\n');
  });
});

describe('escapeBibtex', () => {
  test('escapes every TeX special character once, in one pass', () => {
    expect(escapeBibtex('a & b % c $ d # e _ f { g } h ~ i ^ j \\ k')).toBe(
      'a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h \\textasciitilde{} i \\textasciicircum{} j \\textbackslash{} k',
    );
  });

  test('keeps non-ASCII text as UTF-8', () => {
    expect(escapeBibtex('Délégation interministérielle aux droits de l’Homme – São Paulo, 광주')).toBe(
      'Délégation interministérielle aux droits de l’Homme – São Paulo, 광주',
    );
  });
});

describe('formatCslJson', () => {
  test('writes an array with one web page by an institutional author, issued on the review date', () => {
    expect(formatCslJson(SAMPLE)).toMatchInlineSnapshot(`
      "[
        {
          "id": "paraguay-simore",
          "type": "webpage",
          "title": "Paraguay tracks UN and Inter-American human rights recommendations online with SIMORE Plus",
          "author": [
            {
              "literal": "Ministry of Foreign Affairs of Paraguay"
            }
          ],
          "issued": {
            "date-parts": [
              [
                2026,
                11,
                25
              ]
            ]
          },
          "container-title": "Human Rights Knowledge Gateway",
          "URL": "https://gateway.example.org/en/practices/paraguay-simore/",
          "language": "en"
        }
      ]
      "
    `);
  });

  test('leaves out URL and names the practice id when the site has no address', () => {
    expect(formatCslJson(WITHOUT_URL)).toMatchInlineSnapshot(`
      "[
        {
          "id": "paraguay-simore",
          "type": "webpage",
          "title": "Paraguay tracks UN and Inter-American human rights recommendations online with SIMORE Plus",
          "author": [
            {
              "literal": "Ministry of Foreign Affairs of Paraguay"
            }
          ],
          "issued": {
            "date-parts": [
              [
                2026,
                11,
                25
              ]
            ]
          },
          "container-title": "Human Rights Knowledge Gateway",
          "note": "Practice paraguay-simore",
          "language": "en"
        }
      ]
      "
    `);
  });

  test('holds the item buildCslItem returns', () => {
    expect(JSON.parse(formatCslJson(SAMPLE))).toEqual([buildCslItem(SAMPLE)]);
  });
});

describe('citePractice', () => {
  test('gives the same citation every time it is built', () => {
    expect(citePractice(SAMPLE)).toEqual(citePractice(SAMPLE));
    expect(JSON.stringify(citePractice(SAMPLE))).not.toMatch(/accessed|urldate/i);
  });
});
