// The only code that reads content/ from disk. It hands plain SourceFile records to the pure
// validator in src/lib/validate/, so the same checks run in the CLI, the build and the tests.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MAX_FILE_BYTES, type SourceFile } from '../lib/validate/source-file.ts';

/** Every file under a folder, without following symbolic links, sorted by path. */
export function readContentFiles(rootDir: string, repoDir = process.cwd()): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const stat = lstatSync(full);
      const path = relative(repoDir, full).split(sep).join('/');
      if (stat.isDirectory()) walk(full);
      else if (stat.isSymbolicLink()) files.push({ path, type: 'symlink', size: stat.size });
      else if (!stat.isFile()) files.push({ path, type: 'other', size: stat.size });
      else
        files.push({
          path,
          type: 'file',
          size: stat.size,
          bytes: stat.size <= MAX_FILE_BYTES ? new Uint8Array(readFileSync(full)) : undefined,
        });
    }
  };
  walk(rootDir);
  return files;
}
