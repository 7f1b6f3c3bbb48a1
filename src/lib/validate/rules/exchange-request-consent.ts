import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { CorpusRule, Finding } from './types.ts';

/**
 * An exchange is published only with its request, so an exchange that is not a draft must name a
 * request its State has agreed to publish: otherwise the exchange would sit ready but unseen, or
 * (were the gate ever loosened) reveal a request its State has not agreed to.
 */
export const exchangeRequestConsent: CorpusRule = {
  id: 'exchange-request-consent',
  severity: 'error',
  description: "An exchange that is not a draft names a request that is published (not a draft, with its State's agreement given).",
  checkCorpus(entries) {
    const requests = new Map(entries.filter((e) => e.collection === 'requests').map((e) => [e.id, e]));
    const findings: (Finding & { file: string })[] = [];
    for (const entry of entries) {
      if (entry.collection !== 'exchanges' || !entry.exchange || entry.exchange.status === 'draft') continue;
      const reference = entry.references.find((r) => r.field === 'request');
      const request = reference && requests.get(reference.id);
      // A request that does not exist is reported by known-reference.
      if (!reference || !request || request.publishable) continue;
      findings.push({
        file: entry.file,
        line: reference.line,
        column: reference.column,
        field: 'request',
        ...explain(message('exchange-request-consent.unpublished', { field: 'request', id: reference.id, status: entry.exchange.status }), {
          hint: [message('exchange-request-consent.draft-until-published')],
          actual: reference.id,
        }),
      });
    }
    return findings;
  },
};
