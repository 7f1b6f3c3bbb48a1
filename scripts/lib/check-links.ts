// The network half of the link checker: asks each address once (HEAD, then GET where a server
// refuses HEAD), follows temporary redirects, retries what may be transient, and never asks
// one host more than a few things at a time. The verdicts are the pure src/lib/curation/links.ts.
import { isTransient, verdictOf, type LinkResult, type LinkVerdict } from '../../src/lib/curation/links.ts';

/** How politely and patiently to check. */
export type CheckOptions = {
  /** Requests in flight in all. */
  concurrency: number;
  /** Requests in flight to one host. */
  perHost: number;
  /** Milliseconds before an address that does not answer is judged "timeout". */
  timeoutMs: number;
  /** Extra tries for a transient verdict (5xx, timeout, network error). */
  retries: number;
  /** Milliseconds before the first retry; doubled for each further one. */
  retryDelayMs: number;
  userAgent: string;
};

/** Defaults for the real web: patient, slow to retry, and never more than two requests to one host. */
export const DEFAULT_OPTIONS: CheckOptions = {
  concurrency: 8,
  perHost: 2,
  timeoutMs: 20_000,
  retries: 2,
  retryDelayMs: 2_000,
  userAgent: 'HumanRightsKnowledgeGateway-LinkCheck/1.0 (checks the sources its case files cite, weekly)',
};

const MAX_REDIRECTS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Answer = { verdict: LinkVerdict; status?: number; location?: string; error?: string };

async function askOnce(url: string, options: CheckOptions): Promise<Answer> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: Response;
    try {
      const request = (method: string) =>
        fetch(current, {
          method,
          redirect: 'manual',
          headers: { 'user-agent': options.userAgent, accept: 'text/html,application/pdf,*/*;q=0.8' },
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      response = await request('HEAD');
      // Some servers refuse HEAD or answer it wrongly; GET tells what a reader would see.
      if ([403, 405, 501].includes(response.status)) {
        await response.body?.cancel();
        response = await request('GET');
      }
      await response.body?.cancel();
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') return { verdict: 'timeout' };
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      return { verdict: 'unreachable', error: cause };
    }
    const location = response.headers.get('location');
    if ([302, 303, 307].includes(response.status) && location) {
      current = new URL(location, current).href;
      continue;
    }
    const verdict = verdictOf(response.status);
    return {
      verdict,
      status: response.status,
      ...(verdict === 'moved' && location ? { location: new URL(location, current).href } : {}),
    };
  }
  return { verdict: 'client-error', error: `more than ${MAX_REDIRECTS} redirects` };
}

async function ask(url: string, options: CheckOptions): Promise<Answer> {
  let answer = await askOnce(url, options);
  for (let attempt = 0; attempt < options.retries && isTransient(answer.verdict); attempt++) {
    await sleep(options.retryDelayMs * 2 ** attempt);
    answer = await askOnce(url, options);
  }
  return answer;
}

/** Check every address; results come back in the order given, whatever order they finished in. */
export async function checkLinks(
  links: readonly { url: string; files: string[] }[],
  options: CheckOptions = DEFAULT_OPTIONS,
): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(links.length);
  const busyHosts = new Map<string, number>();
  const hostOf = (url: string) => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  };
  const pending = links.map((_, i) => i);
  async function worker(): Promise<void> {
    while (pending.length > 0) {
      // Take the first address whose host has room; wait briefly when every waiting host is busy.
      const slot = pending.findIndex((i) => (busyHosts.get(hostOf(links[i]!.url)) ?? 0) < options.perHost);
      if (slot < 0) {
        await sleep(20);
        continue;
      }
      const [i] = pending.splice(slot, 1) as [number];
      const { url, files } = links[i]!;
      const host = hostOf(url);
      busyHosts.set(host, (busyHosts.get(host) ?? 0) + 1);
      try {
        results[i] = { url, files, ...(await ask(url, options)) };
      } finally {
        busyHosts.set(host, busyHosts.get(host)! - 1);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency, Math.max(1, links.length)) }, worker));
  return results;
}
