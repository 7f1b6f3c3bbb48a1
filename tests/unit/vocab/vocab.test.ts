import { describe, expect, test } from 'vitest';
import data from '../../../src/vocab/data/un-regional-groups.json' with { type: 'json' };
import unShortNames from '../../../src/vocab/data/un-short-names.json' with { type: 'json' };
import { COUNTRY_CODES, isCountryCode, suggestCountryCode } from '../../../src/vocab/countries.ts';
import { countryName } from '../../../src/vocab/country-names.ts';
import { isLanguageCode } from '../../../src/vocab/languages.ts';
import { MECHANISMS } from '../../../src/vocab/mechanisms.ts';
import { regionalGroupOf } from '../../../src/vocab/regional-groups.ts';
import { SDG_TARGETS } from '../../../src/vocab/sdgs.ts';
import { THEME_UHRI_CODES, THEMES } from '../../../src/vocab/themes.ts';

describe('vocabularies', () => {
  test('list the 169 SDG targets, from 1.1 to 17.19', () => {
    expect(SDG_TARGETS).toHaveLength(169);
    expect(SDG_TARGETS).toContain('16.10');
    expect(SDG_TARGETS).toContain('5.c');
    expect(SDG_TARGETS).not.toContain('17.a');
    expect(SDG_TARGETS.at(-1)).toBe('17.19');
  });

  test('name the ten treaty bodies, the treaty bodies in general, the UPR, special procedures and regional mechanisms', () => {
    expect(MECHANISMS.keys).toHaveLength(14);
    expect(MECHANISMS.keys).toContain('treaty-bodies');
    for (const body of ['ccpr', 'cescr', 'cerd', 'cedaw', 'cat', 'spt', 'crc', 'cmw', 'crpd', 'ced'])
      expect(MECHANISMS.keys).toContain(body);
  });

  test('give every theme its Universal Human Rights Index code', () => {
    expect(Object.keys(THEME_UHRI_CODES).sort()).toEqual([...THEMES.keys]);
  });

  test('put the 193 UN Member States in exactly one regional group each', () => {
    const members = Object.keys(data.members);
    expect(members).toHaveLength(193);
    for (const code of members) expect(isCountryCode(code), code).toBe(true);
    expect(regionalGroupOf('PRY')).toBe('latin-american-caribbean');
    expect(regionalGroupOf('VAT')).toBeUndefined();
  });

  test('take country names from maintained packages, the UN short name in English', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThan(240);
    expect(countryName('BOL', 'en')).toBe('Bolivia (Plurinational State of)');
    expect(countryName('PRY', 'fr')).toBe('Paraguay');
    expect(suggestCountryCode('PY')).toBe('PRY');
  });

  test('accept two-letter language codes known to CLDR only', () => {
    expect(isLanguageCode('es')).toBe(true);
    expect(isLanguageCode('xx')).toBe(false);
    expect(isLanguageCode('spa')).toBe(false);
  });
});

describe('the UN short names of countries', () => {
  test('replace the package’s names where the UN’s differ, in each of the five other languages', () => {
    expect(countryName('KOR', 'fr')).toBe('République de Corée');
    expect(countryName('MDA', 'ru')).toBe('Республика Молдова');
    expect(countryName('GBR', 'zh')).toBe('大不列颠及北爱尔兰联合王国');
    expect(countryName('CPV', 'ar')).toBe('كابو فيردي');
    expect(countryName('NZL', 'es')).toBe('Nueva Zelandia');
    // Where the file says nothing, the package's name stands.
    expect(countryName('PRY', 'fr')).toBe('Paraguay');
  });

  test('cite their source and name only real countries, in languages of the site other than English', () => {
    expect(unShortNames.source.url).toBe('https://unterm.un.org');
    for (const [locale, names] of Object.entries(unShortNames.names)) {
      expect(['fr', 'es', 'ru', 'zh', 'ar']).toContain(locale);
      for (const code of Object.keys(names)) expect(isCountryCode(code), `${locale} ${code}`).toBe(true);
    }
  });
});
