import { fillTemplate } from '../text/fill-template.ts';
import type { Reason } from './types.ts';

/** The kinds of term a reason names, each labelled from its own vocabulary (languages by their names). */
export type ExplainLabelKind = 'capacities' | 'themes' | 'mechanisms' | 'formats' | 'modalities' | 'languages';

/** The sentence parts of an explanation, in one language. */
export type ExplainStrings = { shares: string; asRequested: string; doneBefore: string; separator: string; followUp: string; list: string };

/** Everything an explanation needs in one language: its sentence parts and a label for any term. */
export type ExplainWords = { strings: ExplainStrings; label: (kind: ExplainLabelKind, key: string) => string };

/** The same words as plain data, for a page to hand its browser script: labels by kind and term. */
export type ExplainTables = { strings: ExplainStrings; labels: Record<ExplainLabelKind, Record<string, string>> };

/** Words from tables: a term missing from its table is named by its key. */
export function wordsFromTables(tables: ExplainTables): ExplainWords {
  return { strings: tables.strings, label: (kind, key) => tables.labels[kind]?.[key] ?? key };
}

/**
 * How a mechanism is named inside a sentence: by the acronym its label gives in the page's language
 * ("Комитет по правам инвалидов (КПИ)" → "КПИ", "残疾人权利委员会（CRPD）" → "CRPD"), else by its whole label
 * ("Special procedures of the Human Rights Council").
 */
export function mechanismInSentence(label: string): string {
  return /[(（]([^()（）]+)[)）]$/.exec(label)?.[1] ?? label;
}

/**
 * A pairing's reasons in plain words: "Shares: Coordination, Universal Periodic Review (UPR),
 * Spanish; South-South as requested; has done it before: Paraguay's SIMORE". The build and the
 * browser's matcher both call this, so a pairing reads the same wherever it is shown.
 */
export function explainReasons(reasons: readonly Reason[], words: ExplainWords, practiceTitle: (id: string) => string): string {
  const { strings, label } = words;
  const shared: string[] = [];
  const requested: string[] = [];
  let evidence: string[] = [];
  for (const reason of reasons) {
    switch (reason.criterion) {
      case 'capacities':
      case 'themes':
      case 'mechanisms':
      case 'languages': {
        const kind = reason.criterion;
        shared.push(...reason.terms.map((key) => label(kind, key)));
        break;
      }
      case 'recommendations':
        shared.push(
          ...reason.terms.map((key) => fillTemplate(strings.followUp, { mechanism: mechanismInSentence(label('mechanisms', key)) })),
        );
        break;
      case 'formats':
      case 'modalities': {
        const kind = reason.criterion;
        requested.push(...reason.terms.map((key) => label(kind, key)));
        break;
      }
      case 'evidence':
        evidence = reason.practices.map(practiceTitle);
        break;
    }
  }
  const parts = [
    shared.length > 0 ? fillTemplate(strings.shares, { list: shared.join(strings.list) }) : '',
    requested.length > 0 ? fillTemplate(strings.asRequested, { list: requested.join(strings.list) }) : '',
    evidence.length > 0 ? fillTemplate(strings.doneBefore, { list: evidence.join(strings.list) }) : '',
  ].filter(Boolean);
  return parts.join(strings.separator);
}
