import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'scripts/lint/eslint.config.js') });

/** The linter's messages for a source text, as if it were the file at `path`. */
async function lint(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
}

describe('the layering lint rule', () => {
  test('names the forbidden import and the layers it breaks', async () => {
    expect(await lint('src/lib/example.ts', "import { t } from '../i18n/ui.ts';\nexport const x = t;\n")).toEqual([
      '1:19 boundaries/dependencies: breaks the one-way flow: lib (src/lib) may not import i18n (src/i18n). See the layers in scripts/lint/layers.js.',
    ]);
    expect(
      await lint(
        'src/loaders/example.ts',
        "import { launchChromium } from '../../scripts/lib/chromium.ts';\nexport const x = launchChromium;\n",
      ),
    ).toEqual([
      '1:32 boundaries/dependencies: breaks the one-way flow: loaders (src/loaders) may not import scripts (scripts). See the layers in scripts/lint/layers.js.',
    ]);
  });

  test('lets a layer import the layers below it', async () => {
    expect(await lint('src/i18n/example.ts', "import { THEMES } from '../vocab/themes.ts';\nexport const x = THEMES;\n")).toEqual([]);
    expect(await lint('scripts/example.ts', "import { THEMES } from '../src/vocab/themes.ts';\nexport const x = THEMES;\n")).toEqual([]);
  });

  test('keeps Node and Astro modules out of the pure layers', async () => {
    const messages = await lint('src/lib/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
    expect(messages).toEqual([
      "1:1 no-restricted-imports: 'node:fs' import is restricted from being used by a pattern. This layer is pure (it also runs in the browser): no Node modules. Put disk or process code in a *-fs.ts file of src/loaders/ or in scripts/.",
    ]);
  });
});
