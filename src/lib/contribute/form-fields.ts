// The contribution form's fields, derived from a collection's zod schema (through its JSON Schema)
// and the registry of references: what each field holds, whether it is required, its closed list
// of values and which vocabulary labels them, and which collection an id field points to. The
// form renders these; adding a field to a schema adds it to the form.
import { z } from 'zod';
import { ENTRY_SCHEMAS, type CollectionName } from '../../schema/index.ts';
import { COUNTRY_CODES } from '../../vocab/countries.ts';
import type { Vocabulary } from '../../vocab/define.ts';
import { VOCABULARIES } from '../../vocab/index.ts';
import { SDG_TARGETS } from '../../vocab/sdgs.ts';
import { REFERENCE_FIELDS } from '../validate/summary.ts';

/** Where a closed list's labels come from: a vocabulary, the country names, the SDG targets, or none (shown as written). */
export type ChoiceLabels = { vocabulary: Vocabulary } | { countries: true } | { sdgTargets: true } | { none: true };

/** One field of the form; `path` is its place in the front matter (`sources.*.url`). */
export type FormField = { key: string; path: string; required: boolean; description: string } & (
  | { kind: 'text'; multiline: boolean; maxLength?: number; format?: 'date' | 'url' | 'email' }
  | { kind: 'choice'; options: readonly string[]; labels: ChoiceLabels }
  | { kind: 'choices'; options: readonly string[]; labels: ChoiceLabels; searchable: boolean; min: number }
  | { kind: 'reference'; target: CollectionName }
  | { kind: 'references'; target: CollectionName; min: number }
  | { kind: 'texts'; min: number }
  | { kind: 'groups'; fields: FormField[]; min: number }
  | { kind: 'group'; fields: FormField[] }
  | { kind: 'flag' }
  | { kind: 'number'; min?: number; max?: number }
);

/** Lists longer than this are filtered by typing rather than scrolled: countries, themes, SDG targets. */
export const SEARCHABLE_AT = 20;
/** Texts allowed longer than this are written in a text area. */
const MULTILINE_AT = 200;

type JsonSchema = {
  type?: string;
  enum?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
};

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

function labelsOf(options: readonly string[]): ChoiceLabels {
  const vocabulary = VOCABULARIES.find((v) => sameSet(v.keys, options));
  if (vocabulary) return { vocabulary };
  if (sameSet(COUNTRY_CODES, options)) return { countries: true };
  if (sameSet(SDG_TARGETS, options)) return { sdgTargets: true };
  return { none: true };
}

function field(key: string, path: string, schema: JsonSchema, required: boolean, targets: ReadonlyMap<string, CollectionName>): FormField {
  const base = { key, path, required, description: schema.description ?? '' };
  const target = targets.get(path);
  if (schema.type === 'array') {
    const item = schema.items ?? {};
    const min = schema.minItems ?? 0;
    if (targets.has(`${path}.*`)) return { ...base, kind: 'references', target: targets.get(`${path}.*`)!, min };
    if (item.enum)
      return {
        ...base,
        kind: 'choices',
        options: item.enum,
        labels: labelsOf(item.enum),
        searchable: item.enum.length > SEARCHABLE_AT,
        min,
      };
    if (item.type === 'object') return { ...base, kind: 'groups', fields: fieldsOf(item, `${path}.*`, targets), min };
    return { ...base, kind: 'texts', min };
  }
  if (schema.type === 'object') return { ...base, kind: 'group', fields: fieldsOf(schema, path, targets) };
  if (target) return { ...base, kind: 'reference', target };
  if (schema.enum) return { ...base, kind: 'choice', options: schema.enum, labels: labelsOf(schema.enum) };
  if (schema.type === 'boolean') return { ...base, kind: 'flag' };
  if (schema.type === 'integer' || schema.type === 'number')
    return {
      ...base,
      kind: 'number',
      ...(schema.minimum === undefined ? {} : { min: schema.minimum }),
      ...(schema.maximum === undefined ? {} : { max: schema.maximum }),
    };
  const format =
    schema.format === 'uri' || schema.format === 'email'
      ? schema.format === 'uri'
        ? 'url'
        : 'email'
      : /date/.test(key) || key === 'lastReviewed'
        ? 'date'
        : undefined;
  return {
    ...base,
    kind: 'text',
    multiline: (schema.maxLength ?? 0) > MULTILINE_AT,
    ...(schema.maxLength === undefined ? {} : { maxLength: schema.maxLength }),
    ...(format ? { format } : {}),
  };
}

function fieldsOf(schema: JsonSchema, path: string, targets: ReadonlyMap<string, CollectionName>): FormField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, child]) =>
    field(key, path ? `${path}.${key}` : key, child, required.has(key), targets),
  );
}

/** The form's fields for a collection, in the schema's order. */
export function formFields(collection: Exclude<CollectionName, never>): FormField[] {
  const json = z.toJSONSchema(ENTRY_SCHEMAS[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const targets = new Map(REFERENCE_FIELDS[collection].map(([path, target]) => [path.join('.'), target] as const));
  return fieldsOf(json, '', targets);
}

/** The id of the list a field is picked from by typing (a directory collection, countries, a long vocabulary), if it is. */
export function pickList(field: FormField): string | undefined {
  if (field.kind === 'reference' || field.kind === 'references') return `list-${field.target}`;
  if (field.kind !== 'choices' || !field.searchable) return undefined;
  const { labels } = field;
  return `list-${'vocabulary' in labels ? labels.vocabulary.id : 'countries' in labels ? 'countries' : 'sdgTargets' in labels ? 'sdg-targets' : field.path}`;
}

/** Every field of a tree, depth first: a group's fields follow it. */
export function allFields(fields: readonly FormField[]): FormField[] {
  return fields.flatMap((f) => [f, ...('fields' in f ? allFields(f.fields) : [])]);
}
