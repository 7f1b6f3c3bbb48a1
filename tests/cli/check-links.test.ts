import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, DEFAULT_OPTIONS } from '../../scripts/lib/check-links.ts';

// The link checker against a real local HTTP server that answers each way the web does: the
// verdicts, the redirects, the retry of a transient error and the fallback from HEAD to GET.
let server: Server;
let base = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const answer = (status: number, headers: Record<string, string> = {}) => {
      res.writeHead(status, headers);
      res.end();
    };
    switch (path) {
      case '/ok':
        return answer(200);
      case '/moved':
        return answer(301, { location: '/ok' });
      case '/temporary':
        return answer(302, { location: '/ok' });
      case '/missing':
        return answer(404);
      case '/gone':
        return answer(410);
      case '/broken':
        return answer(500);
      case '/flaky':
        // Fails the first time only: a retry must turn it into "ok".
        return answer(hits.get(path) === 1 ? 503 : 200);
      case '/no-head':
        return answer(req.method === 'HEAD' ? 405 : 200);
      case '/never':
        return; // never answers
      default:
        return answer(404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const options = { ...DEFAULT_OPTIONS, timeoutMs: 400, retries: 1, retryDelayMs: 10 };

describe('npm run check-links, against a local server', () => {
  test('judges 200, 301, 302, 404, 410, 500 and a server that never answers, and keeps the citing files', async () => {
    const paths = ['/ok', '/moved', '/temporary', '/missing', '/gone', '/broken', '/never'];
    const results = await checkLinks(
      paths.map((path) => ({ url: `${base}${path}`, files: [`content/practices${path}.md`] })),
      options,
    );
    expect(results.map((r) => [r.url.slice(base.length), r.verdict, r.status])).toEqual([
      ['/ok', 'ok', 200],
      ['/moved', 'moved', 301],
      ['/temporary', 'ok', 200],
      ['/missing', 'not-found', 404],
      ['/gone', 'gone', 410],
      ['/broken', 'server-error', 500],
      ['/never', 'timeout', undefined],
    ]);
    expect(results[1]!.location).toBe(`${base}/ok`);
    expect(results[3]!.files).toEqual(['content/practices/missing.md']);
    // A server error is retried once (two requests); a missing page is not retried.
    expect(hits.get('/broken')).toBe(2);
    expect(hits.get('/missing')).toBe(1);
  });

  test('retries a transient error into a success, and falls back to GET where HEAD is refused', async () => {
    const results = await checkLinks(
      [
        { url: `${base}/flaky`, files: [] },
        { url: `${base}/no-head`, files: [] },
      ],
      options,
    );
    expect(results.map((r) => r.verdict)).toEqual(['ok', 'ok']);
  });

  test('an address nothing listens on is "unreachable", with the cause', async () => {
    const [result] = await checkLinks([{ url: 'http://127.0.0.1:9/', files: [] }], options);
    expect(result!.verdict).toBe('unreachable');
    expect(result!.error).toBeTruthy();
  });
});
