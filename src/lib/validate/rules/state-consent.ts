import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

/** A request is published only with its State's agreement: any other request must stay a draft. */
export const stateConsent: EntryRule = {
  id: 'state-consent',
  severity: 'error',
  description: "A request that is not a draft has its State's agreement (stateConsent.status: given).",
  check(entry) {
    if (entry.collection !== 'requests' || !entry.data) return [];
    const status = entry.data.status as string;
    const consent = (entry.data.stateConsent as { status: string }).status;
    if (status === 'draft' || consent === 'given') return [];
    const { line, column } = entry.locate(['stateConsent', 'status']);
    const finding: Finding = {
      line,
      column,
      field: 'stateConsent.status',
      ...explain(message('state-consent.no-consent', { field: 'stateConsent.status', status, consent }), {
        hint: [message('state-consent.draft-until-given')],
        expected: 'given',
        actual: consent,
      }),
    };
    return [finding];
  },
};
