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
      message: `stateConsent.status: the request is "${status}" but the State's agreement is "${consent}". Set status: draft until the agreement is recorded, then set stateConsent.status: given with its date and reference.`,
    };
    return [finding];
  },
};
