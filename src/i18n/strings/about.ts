import type { StringTable } from './types.ts';

const en = {};

/** Interface strings of the about pages. */
export const about = { en, fr: {} } satisfies StringTable<typeof en>;
