import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

// An agreement marked given must say when and in which document (which records who agreed), so
// that no request, from the form or from an editor, is published on a bare "given".
const RECORD = ['date', 'reference'] as const;

/** A request or an exchange is published only with its State's agreement: without it, it stays a draft; an agreement given says when and where it is recorded. */
export const stateConsent: EntryRule = {
  id: 'state-consent',
  severity: 'error',
  description:
    "A request or exchange that is not a draft has its State's agreement (stateConsent.status: given), and an agreement given has its date and reference.",
  check(entry) {
    if (entry.collection !== 'requests' && entry.collection !== 'exchanges') return [];
    // Read as written, so an agreement without its record is named even while other fields fail the schema.
    const record = entry.raw?.stateConsent as { status?: unknown; date?: unknown; reference?: unknown } | undefined;
    if (record?.status === 'given')
      return RECORD.filter((key) => record[key] === undefined || record[key] === null || record[key] === '').map((key): Finding => {
        const { line, column } = entry.locate(['stateConsent', 'status']);
        return {
          line,
          column,
          field: `stateConsent.${key}`,
          ...explain(message(`state-consent.unrecorded-${key}`, { field: `stateConsent.${key}` }), {
            hint: [message('state-consent.record')],
          }),
        };
      });
    if (!entry.data) return [];
    const status = entry.data.status as string;
    const consent = (entry.data.stateConsent as { status: string }).status;
    if (status === 'draft' || consent === 'given') return [];
    const { line, column } = entry.locate(['stateConsent', 'status']);
    const finding: Finding = {
      line,
      column,
      field: 'stateConsent.status',
      ...explain(
        message(entry.collection === 'exchanges' ? 'state-consent.no-consent-exchange' : 'state-consent.no-consent', {
          field: 'stateConsent.status',
          status,
          consent,
        }),
        {
          hint: [message('state-consent.draft-until-given')],
          expected: 'given',
          actual: consent,
        },
      ),
    };
    return [finding];
  },
};
