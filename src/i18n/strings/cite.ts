import type { StringTable } from './types.ts';

const en = {};

/** Interface strings of the cite pages. */
export const cite = { en, fr: {} } satisfies StringTable<typeof en>;
