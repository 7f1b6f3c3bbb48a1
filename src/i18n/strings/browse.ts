import type { StringTable } from './types.ts';

const en = {};

/** Interface strings of the browse pages. */
export const browse = { en, fr: {} } satisfies StringTable<typeof en>;
