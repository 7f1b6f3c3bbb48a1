import type { StringTable } from './types.ts';

const en = {};

/** Interface strings of the map pages. */
export const map = { en, fr: {} } satisfies StringTable<typeof en>;
