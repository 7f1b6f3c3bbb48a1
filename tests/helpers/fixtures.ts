import { join, relative } from 'node:path';
import { readContentFiles } from '../../src/loaders/content-fs.ts';
import type { SourceFile } from '../../src/lib/validate/source-file.ts';

/** Folder of the test fixtures. */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The files of a fixture's content folder, with paths as if it were the repository's content/. */
export function fixtureFiles(dir: string): SourceFile[] {
  const contentDir = join(dir, 'content');
  return readContentFiles(contentDir, contentDir).map((file) => ({ ...file, path: `content/${relative('.', file.path)}` }));
}

/** The valid fixture corpus. */
export function validFiles(): SourceFile[] {
  return fixtureFiles(join(FIXTURES, 'valid'));
}
