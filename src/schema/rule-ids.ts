// The schemas name the rule that reports each of their checks, and the validator (src/lib/validate/)
// defines and reports the rules; this list lives here, in the schema layer, so both can import it.

/** Every rule the validator applies, by id, sorted: the one list `Problem.rule`, rule definitions and schema checks are typed with. */
export const RULE_IDS = [
  'date-order',
  'field-type',
  'file-name',
  'file-size',
  'file-type',
  'front-matter',
  'front-matter-language',
  'image-alt',
  'in-vocabulary',
  'known-country',
  'known-field',
  'known-reference',
  'no-duplicate-keys',
  'no-hidden-characters',
  'no-personal-data',
  'no-raw-html',
  'no-remote-media',
  'no-symlink',
  'no-yaml-aliases',
  'plausible-date',
  'possible-duplicate',
  'real-date',
  'required-field',
  'role-contact',
  'safe-link',
  'sdg-target',
  'single-source',
  'source-age',
  'source-quality',
  'state-consent',
  'translation-current',
  'translation-language',
  'translation-lists',
  'translation-original',
  'translation-text-only',
  'un-symbol',
  'unique-id',
  'utf8',
  'yaml-syntax',
] as const;

/** The id of a validator rule, such as `known-country`: a misspelt id fails the type check. */
export type RuleId = (typeof RULE_IDS)[number];
