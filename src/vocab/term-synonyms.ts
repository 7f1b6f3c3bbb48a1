import ar from './data/term-synonyms/ar.json' with { type: 'json' };
import en from './data/term-synonyms/en.json' with { type: 'json' };
import es from './data/term-synonyms/es.json' with { type: 'json' };
import fr from './data/term-synonyms/fr.json' with { type: 'json' };
import ru from './data/term-synonyms/ru.json' with { type: 'json' };
import zh from './data/term-synonyms/zh.json' with { type: 'json' };

// Synonyms of the terms of four vocabularies (themes, mechanisms, rights-holders, capacities), as
// UN recommendations write them in each of the six languages: what the recommendation page reads
// a pasted text with, besides the terms' labels. One file per language, so a translator works in one place.
// A word matches any word it begins ("disabilit" matches "disability" and "disabilities"); words
// of three letters or fewer, and Chinese characters, match only themselves. Write them in lower
// case, and leave out words so common in recommendations that they say nothing ("rights", "State",
// "ensure"): a synonym should point to one term.

/** Per vocabulary id, per term key, the synonyms of one language. */
export type SynonymFile = Partial<Record<string, Partial<Record<string, readonly string[]>>>>;

/** The synonym files, by language code. */
export const TERM_SYNONYMS: Readonly<Record<string, SynonymFile>> = { ar, en, es, fr, ru, zh } as Record<string, SynonymFile>;
