import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const LIB = join(import.meta.dirname, '..', '..', '..', 'src', 'lib');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('src/lib', () => {
  test('imports neither astro:* nor node:* modules, so it runs anywhere and tests without Astro', () => {
    const files = tsFiles(LIB);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((file) => /from ['"](astro:|node:|fs['"]|path['"])/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
