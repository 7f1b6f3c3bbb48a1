// What the contribution form writes, decided without the page: which fields a contributor has
// edited since the form was filled (from a loaded file or a restored draft) replace those values
// and only those, so every field not touched is written back as it was, even one the form cannot
// show (a value of the wrong type, an unknown field). Pure, so the rule is tested without a browser.
import type { CaseFileParts } from './case-file.ts';

/** Where the form's content came from and what has been edited since. */
export type FormBase = {
  /** The data the form was filled from ({} for a new draft). */
  data: Record<string, unknown>;
  body: string;
  /** The text of the file loaded to propose a change, whose formatting the output keeps. */
  original?: string;
  /** Top-level fields edited since ("" for the description); every field counts as edited in a new draft. */
  edited: ReadonlySet<string> | 'all';
};

/** The case file's parts: the base with each edited field set to what the form holds (removed when the form holds nothing). */
export function formParts(base: FormBase, values: Readonly<Record<string, unknown>>, body: string): CaseFileParts {
  const edited = (key: string) => base.edited === 'all' || base.edited.has(key);
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base.data)) if (!edited(key) || !(key in values)) data[key] = value;
  for (const [key, value] of Object.entries(values)) if (edited(key) && value !== undefined) data[key] = value;
  return { data, body: edited('') ? body : base.body };
}

/** A field path as the validator writes it (`sources[0].url`) split into keys and indexes: ['sources', 0, 'url']. */
export function fieldSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/** The number of lines the front matter takes, fences included: problems on later lines are in the description. */
export function frontMatterLines(text: string): number {
  const lines = text.split('\n');
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return 0;
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  return end < 0 ? lines.length : end + 1;
}

/** Today's date in the browser's time zone, as case files write it: 2026-12-02. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
