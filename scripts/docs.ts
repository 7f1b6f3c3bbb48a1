// Rewrites the generated field reference in CONTRIBUTING.md from the schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldReference } from './lib/field-reference.ts';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');
const updated = withFieldReference(guide);
if (updated !== guide) writeFileSync('CONTRIBUTING.md', updated);
process.stdout.write(updated === guide ? 'CONTRIBUTING.md is up to date.\n' : 'Updated the field reference in CONTRIBUTING.md.\n');
