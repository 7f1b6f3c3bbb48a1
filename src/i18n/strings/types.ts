/** A table of interface strings: English sets the keys, every other language must give each one. */
export type StringTable<T extends Record<string, string>> = { en: T; fr: Record<keyof T, string> };
