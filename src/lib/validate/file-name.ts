// What an entry's file name may be: its id in lowercase kebab-case, `.md`. One definition for the
// validator (which refuses another name) and the scaffolder (which refuses to create one).

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/** Whether a file name is an entry's id followed by `.md`: lowercase letters, digits and single hyphens. */
export function isEntryFileName(name: string): boolean {
  return FILE_NAME.test(name);
}

/** The kebab-case name closest to a name that is not one ("Paraguay SIMORE.md" → "paraguay-simore.md"). */
export function suggestedName(name: string): string {
  const stem = name.replace(/\.[^.]*$/, '');
  const kebab = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${kebab || 'entry'}.md`;
}
