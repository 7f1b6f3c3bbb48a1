import hosts from '../../../vocab/data/source-hosts.json' with { type: 'json' };
import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

// A reader checks a claim by opening its source: the publisher's own copy, on its public site,
// over https. Warnings, not errors: the contributor may have no better link yet, and a curator
// decides (issue 12, the curators' desk).

// The data file says why each host is listed; the message says it in the contributor's language.
const SHARING = hosts.documentSharing as Readonly<Record<string, string>>;
const STAGING = new Set(hosts.stagingLabels);

/** The document-sharing site a host belongs to (es.scribd.com → scribd.com), if it is one. */
export function sharingSite(host: string): string | undefined {
  return Object.keys(SHARING).find((site) => host === site || host.endsWith(`.${site}`));
}

/** Whether a host is a staging or test host: a label such as "staging", "test" or one starting "stag-" (stag-knowledgegateway.ohchr.org). */
export function isStagingHost(host: string): boolean {
  return host.split('.').some((label) => STAGING.has(label) || /^(stag|staging|test|dev)-/.test(label));
}

/** Sources link the publisher's copy on its public site, over https. */
export const sourceQuality: EntryRule = {
  id: 'source-quality',
  severity: 'warning',
  description: 'Sources link the publisher’s own copy on its public site, over https: not a document-sharing site or a staging host.',
  check(entry) {
    const sources = entry.raw?.sources;
    if (!Array.isArray(sources)) return [];
    const findings: Finding[] = [];
    sources.forEach((source, index) => {
      const url = (source as { url?: unknown } | null)?.url;
      if (typeof url !== 'string') return;
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return; // the schema reports an address that is not one
      }
      const field = `sources[${index}].url`;
      const at = { ...entry.locate(['sources', index, 'url']), field };
      const host = parsed.hostname.toLowerCase();
      const site = sharingSite(host);
      if (site)
        findings.push({
          ...at,
          ...explain(message('source-quality.sharing-site', { field, host }), {
            hint: [message('source-quality.link-publisher')],
            actual: url,
          }),
        });
      else if (isStagingHost(host))
        findings.push({
          ...at,
          ...explain(message('source-quality.staging-host', { field, host }), {
            hint: [message('source-quality.link-public')],
            actual: url,
          }),
        });
      if (parsed.protocol === 'http:')
        findings.push({
          ...at,
          ...explain(message('source-quality.plain-http', { field, url }), { hint: [message('source-quality.use-https')], actual: url }),
        });
    });
    return findings;
  },
};
