import type { z } from 'zod';
import { suggestCountryCode } from '../../vocab/countries.ts';
import { findValueList } from '../../vocab/index.ts';
import { formatFieldPath, type Position, type Problem } from './problem.ts';
import { closestValue, suggestionText } from './suggest.ts';

type Locate = (path: readonly PropertyKey[]) => Position & { source?: string };
type AnySchema = z.core.$ZodType;

/** The schema that describes the value at a path, walking objects, arrays and wrappers. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(schema);
  for (const segment of path) {
    if (!current) return undefined;
    const def = current._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array') current = def.element;
    else return undefined;
    current = current && unwrap(current);
  }
  return current;
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; schema?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType)
      current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The description written for contributors on a field, if any. */
export function describeField(schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
  const parent = schemaAt(schema, path.slice(0, -1));
  const key = path.at(-1);
  const def = parent?._zod.def as { type: string; shape?: Record<string, AnySchema> } | undefined;
  const field = def?.type === 'object' && typeof key === 'string' ? def.shape?.[key] : undefined;
  const meta = (field as { meta?: () => { description?: string } | undefined } | undefined)?.meta?.();
  return meta?.description;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function describeValue(value: unknown, source?: string): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value}"`;
  const written = source && source !== String(value) ? ` (written ${source})` : '';
  return `the ${typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'true/false value' : typeof value} ${String(value)}${written}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

// "5.z" → the targets of goal 5; "18.1" → there are 17 goals.
function sdgHint(value: string, targets: readonly string[]): string {
  const goal = value.split('.')[0];
  const ofGoal = targets.filter((target) => target.split('.')[0] === goal);
  if (ofGoal.length === 0) return 'There are 17 goals; a target is written goal.number or goal.letter, such as "16.6" or "5.c".';
  return `Goal ${goal} has the targets ${ofGoal.join(', ')}.`;
}

/** Turn the schema's complaints into problems for contributors, one per complaint, with line and column. */
export function schemaProblems(
  schema: AnySchema,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  locate: Locate,
  noun: string,
): Omit<Problem, 'file'>[] {
  const problems: Omit<Problem, 'file'>[] = [];
  const push = (path: readonly PropertyKey[], rule: string, message: string) => {
    const { line, column } = locate(path);
    problems.push({
      line,
      column,
      field: formatFieldPath(path),
      rule,
      severity: 'error',
      message: `${formatFieldPath(path) || noun}: ${message}`,
    });
  };

  for (const issue of issues) {
    const path = issue.path;
    const value = valueAt(data, path);
    const description = describeField(schema, path);
    const guide = description ? ` ${description}` : '';
    switch (issue.code) {
      case 'unrecognized_keys': {
        const parent = schemaAt(schema, path)?._zod.def as { shape?: Record<string, unknown> } | undefined;
        const known = Object.keys(parent?.shape ?? {}).sort();
        for (const key of issue.keys) {
          const closest = closestValue(key, known);
          const hint = closest
            ? ` Did you mean "${closest}"?`
            : known.length <= 10
              ? ` Known fields here: ${known.join(', ')}.`
              : ' See the field reference in CONTRIBUTING.md.';
          push([...path, key], 'known-field', `unknown field: ${path.length ? 'this group' : `a ${noun}`} has no field "${key}".${hint}`);
        }
        break;
      }
      case 'invalid_type': {
        if (value === undefined) {
          push(path, 'required-field', `is missing.${guide}`);
        } else {
          const source = locate(path).source;
          const expected = EXPECTED[issue.expected] ?? issue.expected;
          const quote =
            issue.expected === 'string' && source && (typeof value === 'number' || typeof value === 'boolean')
              ? ` Put it in quotes: "${source}".`
              : '';
          push(path, 'field-type', `expected ${expected}, found ${describeValue(value, source)}.${quote || guide}`);
        }
        break;
      }
      case 'too_small': {
        if (issue.origin === 'array' || issue.origin === 'string') {
          const what =
            issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` : 'is empty';
          push(path, 'required-field', `${what}.${guide}`);
        } else {
          push(path, 'field-type', `${String(value)} is too small: the minimum is ${String(issue.minimum)}.`);
        }
        break;
      }
      case 'too_big': {
        const size =
          typeof value === 'string' ? `${value.length} characters` : Array.isArray(value) ? `${value.length} items` : String(value);
        push(path, 'field-type', `is too long (${size}); the maximum is ${String(issue.maximum)}. Shorten it.`);
        break;
      }
      case 'invalid_value': {
        const list = findValueList(issue.values);
        const allowed = issue.values.map(String);
        const text = String(value);
        if (typeof value !== 'string') {
          const source = locate(path).source ?? text;
          push(path, 'field-type', `expected text, found ${describeValue(value, source)}. Put it in quotes: "${source}".`);
        } else if (list?.rule === 'known-country') {
          const guess = typeof value === 'string' ? suggestCountryCode(value) : undefined;
          const hint = guess ? ` Did you mean "${guess}"?` : ' Find the code at https://www.iso.org/obp/ui/#search.';
          push(path, 'known-country', `"${text}" is not an ISO 3166-1 alpha-3 country code.${hint}`);
        } else if (list?.rule === 'sdg-target') {
          push(path, 'sdg-target', `"${text}" is not an SDG target. ${sdgHint(text, allowed)}`);
        } else {
          push(path, list?.rule ?? 'in-vocabulary', `"${text}" is not a known ${list?.noun ?? 'value'}.${suggestionText(text, allowed)}`);
        }
        break;
      }
      case 'custom': {
        const rule = (issue.params as { rule?: string } | undefined)?.rule ?? 'field-type';
        push(path, rule, typeof value === 'string' ? `"${value}" ${issue.message}` : issue.message);
        break;
      }
      case 'invalid_format': {
        const rule = (issue as { params?: { rule?: string } }).params?.rule ?? 'field-type';
        push(path, rule, `"${String(value)}" ${issue.message}`);
        break;
      }
      default:
        push(path, 'field-type', `${issue.message}.${guide}`);
    }
  }
  return problems;
}
