import type { z } from 'zod';
import type { IssueParams } from '../../schema/issue-params.ts';
import type { RuleId } from '../../schema/rule-ids.ts';
import { suggestCountryCode } from '../../vocab/countries.ts';
import { findValueList } from '../../vocab/index.ts';
import {
  isMessageId,
  message,
  orList,
  placeholdersOf,
  pluralMessageId,
  type MessageId,
  type MessageRef,
  type MessageValue,
} from './messages.ts';
import { explain, formatFieldPath, type Position, type Problem, type ProblemText } from './problem.ts';
import { closestValue, suggestionHint } from './suggest.ts';

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

// How a value that is not text reads in a message: "the number 12 (written 012)".
function describeValue(value: unknown, source?: string): MessageRef {
  if (Array.isArray(value)) return message('value.list');
  if (value === null) return message('value.empty');
  if (typeof value === 'object') return message('value.group');
  if (typeof value === 'string') return message('value.text', { text: value });
  const shown = String(value);
  const written = source && source !== shown ? source : undefined;
  if (typeof value === 'number')
    return written ? message('value.number-written', { value: shown, source: written }) : message('value.number', { value: shown });
  if (typeof value === 'boolean')
    return written ? message('value.boolean-written', { value: shown, source: written }) : message('value.boolean', { value: shown });
  const type = typeof value;
  return written ? message('value.other-written', { type, value: shown, source: written }) : message('value.other', { type, value: shown });
}

// A value for a placeholder: numbers stay numbers in the JSON report; anything else is shown as text.
function asValue(value: unknown): string | number {
  return typeof value === 'number' ? value : String(value);
}

// The value as the contributor wrote it: text as is, anything else as it appears in the file.
function asWritten(value: unknown, source?: string): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : (source ?? String(value));
}

const TYPE_WORDS: Partial<Record<string, Extract<MessageId, `type.${string}`>>> = {
  string: 'type.string',
  number: 'type.number',
  int: 'type.int',
  boolean: 'type.boolean',
  array: 'type.array',
  object: 'type.object',
};

// zod's name of a type ("string") in words ("text"); a type the catalogue has no words for is named as zod names it.
function typeInWords(type: string): MessageValue {
  const id = TYPE_WORDS[type];
  return id ? message(id) : type;
}

// "5.z" → the targets of goal 5; "18.1" → there are 17 goals.
function sdgHint(value: string, targets: readonly string[]): { hint: MessageRef; expected?: readonly string[] } {
  const goal = value.split('.')[0] ?? '';
  const ofGoal = targets.filter((target) => target.split('.')[0] === goal);
  if (ofGoal.length === 0) return { hint: message('sdg-target.how-to-write') };
  return { hint: message('sdg-target.targets-of-goal', { goal, targets: ofGoal.join(', ') }), expected: ofGoal };
}

// A complaint of one of the schemas' own checks: worded by the catalogue message its params name,
// else (a check that names none) by zod's own message.
function checkText(issue: z.core.$ZodIssue, field: MessageValue, value: unknown): ProblemText {
  const params = (issue as { params?: Partial<IssueParams> }).params;
  const actual = typeof value === 'string' ? value : undefined;
  if (params && isMessageId(params.messageId)) {
    const ids = [params.messageId, ...(isMessageId(params.hint) ? [params.hint] : [])];
    const offered: Record<string, MessageValue> = {
      ...params.values,
      field,
      ...(typeof value === 'string' ? { value } : {}),
      ...(Array.isArray(params.expected) ? { allowed: orList(params.expected) } : {}),
    };
    // Each part gets the values its template uses, and no others.
    const [fact, ...hint] = ids.map((id) => ({
      id,
      values: Object.fromEntries(placeholdersOf(id).flatMap((name) => (name in offered ? [[name, offered[name]!]] : []))),
    }));
    return explain(fact!, { hint, expected: params.expected, actual });
  }
  if (issue.code === 'invalid_format' || typeof value === 'string')
    return explain(message('schema.quoted', { field, value: String(value), detail: issue.message }), { actual });
  return explain(message('schema.custom', { field, detail: issue.message }));
}

/** Turn the schema's complaints into problems for contributors, one per complaint, with line and column. */
export function schemaProblems(
  schema: AnySchema,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  locate: Locate,
  noun: MessageValue,
): Omit<Problem, 'file'>[] {
  const problems: Omit<Problem, 'file'>[] = [];
  const push = (path: readonly PropertyKey[], rule: RuleId, text: ProblemText) => {
    const { line, column } = locate(path);
    problems.push({ line, column, field: formatFieldPath(path), rule, severity: 'error', ...text });
  };

  for (const issue of issues) {
    const path = issue.path;
    // Messages start with the field they are about, or with what the file is when the complaint is about all of it.
    const field = formatFieldPath(path) || noun;
    const value = valueAt(data, path);
    const description = describeField(schema, path);
    const guide = description ? message('hint.field-guide', { guide: description }) : undefined;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const parent = schemaAt(schema, path)?._zod.def as { shape?: Record<string, unknown> } | undefined;
        const known = Object.keys(parent?.shape ?? {}).sort();
        for (const key of issue.keys) {
          const closest = closestValue(key, known);
          const hint = closest
            ? message('hint.did-you-mean', { suggestion: closest })
            : known.length <= 10
              ? message('known-field.known-fields', { fields: known.join(', ') })
              : message('known-field.see-reference');
          const at = formatFieldPath([...path, key]);
          const fact = path.length
            ? message('known-field.unknown-in-group', { field: at, key })
            : message('known-field.unknown-in-entry', { field: at, noun, key });
          push(
            [...path, key],
            'known-field',
            explain(fact, { hint: [hint], expected: known.length <= 10 ? known : undefined, actual: key }),
          );
        }
        break;
      }
      case 'invalid_type': {
        if (value === undefined) {
          push(path, 'required-field', explain(message('required-field.missing', { field }), { hint: [guide], expected: issue.expected }));
        } else {
          const source = locate(path).source;
          const quote =
            issue.expected === 'string' && source && (typeof value === 'number' || typeof value === 'boolean')
              ? message('field-type.put-in-quotes', { source })
              : undefined;
          const found = describeValue(value, source);
          push(
            path,
            'field-type',
            explain(message('field-type.wrong-type', { field, kind: typeInWords(issue.expected), found }), {
              hint: [quote ?? guide],
              expected: issue.expected,
              actual: asWritten(value, source),
            }),
          );
        }
        break;
      }
      case 'too_small': {
        if (issue.origin === 'array' || issue.origin === 'string') {
          const fact =
            issue.origin === 'array'
              ? message(pluralMessageId('required-field.too-few-items', Number(issue.minimum)), { field, minimum: asValue(issue.minimum) })
              : message('required-field.empty', { field });
          push(path, 'required-field', explain(fact, { hint: [guide] }));
        } else {
          push(
            path,
            'field-type',
            explain(message('field-type.too-small', { field, value: asValue(value), minimum: asValue(issue.minimum) }), {
              actual: asWritten(value, locate(path).source),
            }),
          );
        }
        break;
      }
      case 'too_big': {
        const size =
          typeof value === 'string'
            ? message('size.characters', { count: value.length })
            : Array.isArray(value)
              ? message('size.items', { count: value.length })
              : String(value);
        push(
          path,
          'field-type',
          explain(message('field-type.too-long', { field, size, maximum: asValue(issue.maximum) }), {
            hint: [message('field-type.shorten')],
          }),
        );
        break;
      }
      case 'invalid_value': {
        const list = findValueList(issue.values);
        const allowed = issue.values.map(String);
        // zod reports a missing closed-list field as a wrong value: it is a missing field.
        if (value === undefined) {
          const short = allowed.length <= 10;
          push(
            path,
            'required-field',
            explain(message('required-field.missing', { field }), {
              hint: [guide, short ? message('hint.allowed', { allowed: allowed.join(', ') }) : undefined],
              expected: short ? allowed : undefined,
            }),
          );
          break;
        }
        if (typeof value !== 'string') {
          const source = locate(path).source ?? String(value);
          const found = describeValue(value, source);
          push(
            path,
            'field-type',
            explain(message('field-type.wrong-type', { field, kind: typeInWords('string'), found }), {
              hint: [message('field-type.put-in-quotes', { source })],
              expected: 'string',
              actual: asWritten(value, locate(path).source),
            }),
          );
        } else if (list?.rule === 'known-country') {
          const guess = suggestCountryCode(value);
          const hint = guess ? message('hint.did-you-mean', { suggestion: guess }) : message('known-country.find-code');
          push(
            path,
            'known-country',
            explain(message('known-country.unknown', { field, value }), { hint: [hint], expected: 'ISO 3166-1 alpha-3', actual: value }),
          );
        } else if (list?.rule === 'sdg-target') {
          const { hint, expected } = sdgHint(value, allowed);
          push(path, 'sdg-target', explain(message('sdg-target.unknown', { field, value }), { hint: [hint], expected, actual: value }));
        } else {
          // The list's name, with the key a translated catalogue words it by (noun.<vocabulary id>).
          const noun: MessageValue = list
            ? { id: 'noun.vocabulary', values: { noun: list.noun, vocabulary: list.vocabulary?.id ?? list.rule } }
            : message('noun.value');
          push(
            path,
            list?.rule ?? 'in-vocabulary',
            explain(message('in-vocabulary.unknown', { field, value, noun }), {
              hint: [suggestionHint(value, allowed)],
              expected: allowed.length <= 10 ? allowed : undefined,
              actual: value,
            }),
          );
        }
        break;
      }
      case 'custom':
      case 'invalid_format': {
        const rule = (issue as { params?: Partial<IssueParams> }).params?.rule ?? 'field-type';
        push(path, rule, checkText(issue, field, value));
        break;
      }
      default:
        push(path, 'field-type', explain(message('schema.issue', { field, detail: issue.message }), { hint: [guide] }));
    }
  }
  return problems;
}
