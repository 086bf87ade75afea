import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server/app.js';
import { escapeHtml, renderDocsPage } from '../src/server/docs-page.js';
import { ingestDemoCorpus, titleFromText } from '../src/server/demo-ingest.js';
import { pipelineVersion } from '../src/store/pipeline-version.js';
import { demoCorpusDir } from '../src/server/paths.js';
import { sideOf } from '../src/server/routes/relations.js';
import { CONTENT_SECURITY_POLICY, isLoopback } from '../src/server/security.js';
import { parsePort } from '../src/cli/commands/serve.js';
import { UsageError } from '../src/cli/command.js';
import { startServer } from '../src/server/start.js';
import { generateToken } from '../src/server/security.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { loadFixtures } from './browser/fixtures.js';

let dir: string;
let store: Store;
let app: FastifyInstance;
let locked: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'readout-server-'));
  store = await openStore(join(dir, 'api.sqlite'));
  await loadFixtures(store);
  app = await buildServer({ store, uiDir: join(dir, 'no-ui') });
  locked = await buildServer({ store, token: 's3cret-token', loopbackOnly: true, uiDir: join(dir, 'no-ui') });
});

afterAll(async () => {
  await app?.close();
  await locked?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = <T = Record<string, unknown>>(res: { body: string }) => JSON.parse(res.body) as T;

function expectError(res: { statusCode: number; body: string; headers: Record<string, unknown> }, status: number, pattern: RegExp) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/application\/json/);
  const body = json<{ statusCode: number; error: string; message: string }>(res);
  expect(body.statusCode).toBe(status);
  expect(body.error).toBeTruthy();
  expect(body.message).toMatch(pattern);
}

describe('search API', () => {
  it('lists documents newest first', async () => {
    const body = json<{ items: { id: string; date: string }[]; next: string | null }>(await app.inject('/api/documents'));
    expect(body.items.map((d) => d.id)).toEqual(['astana-talks', 'hostile-markup', 'irkutsk-followup', 'minsk-meeting']);
    expect(body.next).toBeNull();
  });

  it('pages with keyset cursors without repeating or skipping', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/documents?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = json<{ items: { id: string }[]; next: string | null }>(await app.inject(url));
      seen.push(...page.items.map((d) => d.id));
      cursor = page.next;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(['astana-talks', 'hostile-markup', 'irkutsk-followup', 'minsk-meeting']);
  });

  it('filters by text, event type, country, source and dates', async () => {
    const ids = async (qs: string) => json<{ items: { id: string }[] }>(await app.inject(`/api/documents?${qs}`)).items.map((d) => d.id);
    expect(await ids('q=tractors')).toEqual(['minsk-meeting']);
    expect(await ids('type=AGREE')).toEqual(['irkutsk-followup']);
    expect(await ids('country=KAZ')).toEqual(['astana-talks']);
    expect(await ids('source=BelTA')).toEqual(['irkutsk-followup']);
    expect(await ids('from=2021-01-01&to=2022-12-31')).toEqual(['hostile-markup', 'irkutsk-followup']);
    expect(await ids('actor=Kobzev')).toEqual(['irkutsk-followup', 'minsk-meeting']);
    expect(await ids('q=nonexistentword')).toEqual([]);
  });

  it('rejects bad filters and cursors with a JSON 400 naming the problem', async () => {
    expectError(await app.inject('/api/documents?from=2021-13'), 400, /from/);
    expectError(await app.inject('/api/documents?limit=0'), 400, /limit/);
    expectError(await app.inject('/api/documents?limit=abc&from=x'), 400, /limit.*from|from.*limit/);
    expectError(await app.inject('/api/documents?cursor=garbage'), 400, /cursor/);
  });
});

describe('document API', () => {
  it('returns the text and the record', async () => {
    const res = await app.inject('/api/documents/minsk-meeting');
    expect(res.statusCode).toBe(200);
    const body = json<{ text: string; record: { people: { name: string }[]; quotes: unknown[] } }>(res);
    expect(body.text).toContain('Aleksandr Lukashenko met');
    expect(body.record.people.map((p) => p.name)).toEqual(['Aleksandr Lukashenko', 'Igor Kobzev']);
    expect(body.record.quotes).toHaveLength(2);
  });

  it('gives the quotations without a named speaker with the record, apart from the quotes', async () => {
    const body = json<{ text: string; record: { quotes: unknown[]; unattributedQuotes: { speaker: string | null; text: string; start: number; end: number }[] } }>(
      await app.inject('/api/documents/irkutsk-followup'),
    );
    expect(body.record.quotes).toEqual([]);
    expect(body.record.unattributedQuotes.map((q) => [q.speaker, q.text, body.text.slice(q.start, q.end)])).toEqual([
      ['Ministry of Industry', 'a sound basis for the next five years', 'a sound basis for the next five years'],
    ]);
  });

  it('answers 404 for an unknown document', async () => {
    expectError(await app.inject('/api/documents/nope'), 404, /nope/);
    expectError(await app.inject('/api/documents/nope/explain'), 404, /nope/);
  });

  it('explains mentions with their stage and rule', async () => {
    const body = json<{ id: string; mentions: { stage: string; rule: string; start: number; end: number }[] }>(
      await app.inject('/api/documents/minsk-meeting/explain'),
    );
    expect(body.id).toBe('minsk-meeting');
    expect(Array.isArray(body.mentions)).toBe(true);
    for (const m of body.mentions) {
      expect(m.stage).toBeTruthy();
      expect(m.end).toBeGreaterThan(m.start);
    }
  });
});

describe('actor API', () => {
  it('lists and filters actors', async () => {
    const body = json<{ items: { name: string; kind: string }[] }>(await app.inject('/api/actors?q=kobzev'));
    expect(body.items.map((a) => a.name)).toEqual(['Igor Kobzev']);
    const places = json<{ items: { kind: string }[] }>(await app.inject('/api/actors?type=place'));
    expect(places.items.length).toBeGreaterThan(0);
    expect(places.items.every((a) => a.kind === 'place')).toBe(true);
  });

  it('resolves a type:name key to the actor page with roles, events and quotes', async () => {
    const res = await app.inject(`/api/actors/${encodeURIComponent('person:Igor Kobzev')}`);
    expect(res.statusCode).toBe(200);
    const body = json<{ actor: { id: string; name: string; roles: { title: string }[]; countries: { country: string }[] }; events: { type: string }[]; quotes: { text: string }[]; countryNames: Record<string, string> }>(res);
    expect(body.actor.name).toBe('Igor Kobzev');
    expect(body.actor.roles.map((r) => r.title)).toContain('Governor of Irkutsk Oblast');
    expect(body.actor.countries.map((c) => c.country)).toEqual(['RUS']);
    expect(body.countryNames.RUS).toBe('Russia');
    expect(body.events.map((e) => e.type)).toEqual(['CONSULT']);
    expect(body.quotes.map((q) => q.text)).toEqual(['Our region needs Belarusian machinery.']);
    // The numeric store id reaches the same page.
    const byId = json<{ actor: { name: string } }>(await app.inject(`/api/actors/${body.actor.id}`));
    expect(byId.actor.name).toBe('Igor Kobzev');
  });

  it('answers 404 for unknown actors and malformed keys', async () => {
    expectError(await app.inject(`/api/actors/${encodeURIComponent('person:Nobody Atall')}`), 404, /Nobody/);
    expectError(await app.inject('/api/actors/not-a-key'), 404, /not-a-key/);
    expectError(await app.inject('/api/actors/999999'), 404, /999999/);
  });
});

describe('relations API', () => {
  it('builds a country graph with weighted links', async () => {
    const body = json<{ nodes: { id: string; label: string }[]; edges: { source: string; target: string; weight: number; types: Record<string, number> }[] }>(
      await app.inject('/api/relations/graph?level=country'),
    );
    const ids = body.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(['BLR', 'KAZ', 'RUS', 'UZB']);
    expect(body.nodes.find((n) => n.id === 'BLR')?.label).toBe('Belarus');
    const blrRus = body.edges.find((e) => [e.source, e.target].sort().join() === 'BLR,RUS');
    expect(blrRus?.weight).toBe(2);
    expect(blrRus?.types).toEqual({ CONSULT: 1, AGREE: 1 });
  });

  it('filters the graph by event type and period', async () => {
    const agree = json<{ edges: unknown[]; nodes: { id: string }[] }>(await app.inject('/api/relations/graph?level=country&type=AGREE'));
    expect(agree.nodes.map((n) => n.id).sort()).toEqual(['BLR', 'RUS']);
    const late = json<{ nodes: { id: string }[] }>(await app.inject('/api/relations/graph?level=country&from=2023-01-01'));
    expect(late.nodes.map((n) => n.id).sort()).toEqual(['KAZ', 'UZB']);
    const people = json<{ nodes: { label: string }[] }>(await app.inject('/api/relations/graph?level=actor&to=2020-12-31'));
    expect(people.nodes.map((n) => n.label).sort()).toEqual(['Aleksandr Lukashenko', 'Igor Kobzev']);
    expectError(await app.inject('/api/relations/graph?level=planet'), 400, /level/);
  });

  it('lists the events between two countries or actors', async () => {
    const body = json<{ events: { type: string; documentId: string }[] }>(await app.inject('/api/relations/timeline?a=BLR&b=RUS'));
    expect(body.events.map((e) => e.type)).toEqual(['AGREE', 'CONSULT']);
    const none = json<{ events: unknown[] }>(await app.inject('/api/relations/timeline?a=BLR&b=KAZ'));
    expect(none.events).toEqual([]);
    expectError(await app.inject('/api/relations/timeline?a=BLR'), 400, /b/);
  });

  it('reads timeline sides as actor ids or country codes', () => {
    expect(sideOf('42')).toEqual({ actorId: '42' });
    expect(sideOf('blr')).toEqual({ country: 'BLR' });
  });
});

describe('figures, facets, events and quotes', () => {
  it('returns figures with their sentence, filtered by words', async () => {
    const all = json<{ points: { value: number; documentId: string; context: string }[]; truncated: boolean }>(await app.inject('/api/figures?kind=money'));
    expect(all.points.map((p) => p.value).sort((a, b) => a - b)).toEqual([284_000_000, 312_000_000, 1_500_000_000]);
    expect(all.truncated).toBe(false);
    const trade = json<{ points: { documentId: string }[] }>(await app.inject('/api/figures?kind=money&q=trade'));
    expect(trade.points.map((p) => p.documentId).sort()).toEqual(['irkutsk-followup', 'minsk-meeting']);
    const capped = json<{ points: unknown[]; truncated: boolean }>(await app.inject('/api/figures?kind=money&limit=1'));
    expect(capped.points).toHaveLength(1);
    expect(capped.truncated).toBe(true);
    expectError(await app.inject('/api/figures?currency=dollars'), 400, /currency/);
  });

  it('offers filter values', async () => {
    const body = json<{ documents: number; eventTypes: { value: string }[]; countries: { value: string }[]; sources: { value: string }[] }>(await app.inject('/api/facets'));
    expect(body.documents).toBe(4);
    expect(body.eventTypes.map((t) => t.value).sort()).toEqual(['AGREE', 'CONSULT']);
    expect(body.countries.map((c) => c.value)).toContain('BLR');
    expect(body.sources.map((s) => s.value)).toContain('BelTA');
  });

  it('lists events and quotes', async () => {
    const events = json<{ items: { type: string }[] }>(await app.inject('/api/events?type=consult'));
    expect(events.items.map((e) => e.type)).toEqual(['CONSULT', 'CONSULT']);
    const quotes = json<{ items: { speaker: string }[] }>(await app.inject('/api/quotes?q=machinery'));
    expect(quotes.items.map((q) => q.speaker)).toEqual(['Igor Kobzev']);
  });

  it('lists quotations without a named speaker only when asked', async () => {
    const named = json<{ items: { speaker: string }[] }>(await app.inject('/api/quotes?limit=100'));
    expect(named.items.map((q) => q.speaker).sort()).toEqual(['Aleksandr Lukashenko', 'Igor Kobzev', 'Jane Doe']);
    expect(json<{ items: unknown[] }>(await app.inject('/api/quotes?q=sound%20basis')).items).toEqual([]);
    const apart = json<{ items: { speaker: string | null; text: string; documentId: string }[] }>(await app.inject('/api/quotes?unattributed=true'));
    expect(apart.items.map((q) => [q.speaker, q.text, q.documentId])).toEqual([['Ministry of Industry', 'a sound basis for the next five years', 'irkutsk-followup']]);
    expectError(await app.inject('/api/quotes?unattributed=perhaps'), 400, /unattributed/);
  });
});

describe('POST /api/extract', () => {
  const post = (payload: string | object, type = 'application/json') =>
    app.inject({ method: 'POST', url: '/api/extract', headers: { 'content-type': type }, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) });

  it('returns the record of a text', async () => {
    const res = await post({ text: 'date 2020-09-25 Source: Test\nAleksandr Lukashenko met Igor Kobzev in Minsk.' });
    expect(res.statusCode).toBe(200);
    const body = json<{ id: string; date: string; source: string; people: unknown[]; events: unknown[] }>(res);
    expect(body.date).toBe('2020-09-25');
    expect(body.source).toBe('Test');
    expect(Array.isArray(body.people)).toBe(true);
    expect(Array.isArray(body.events)).toBe(true);
  });

  it('answers clear 4xx errors for bad input', async () => {
    expectError(await post({ text: '' }), 400, /text/);
    expectError(await post({ text: '   \n ' }), 400, /white space/);
    expectError(await post({ text: 42 }), 400, /text/);
    expectError(await post({}), 400, /text/);
    expectError(await post({ text: 'x', date: 'yesterday' }), 400, /date/);
    expectError(await post({ text: 'x', colour: 'red' }), 400, /additional/);
    expectError(await post('{"text": "unterminated'), 400, /JSON/);
    expectError(await post(''), 400, /empty|JSON/);
    expectError(await post('plain words', 'text/plain'), 415, /application\/json/);
    expectError(await post({ text: 'a'.repeat(1024 * 1024 + 10) }), 413, /too large/);
  });
});

describe('writing and security', () => {
  const doc = { text: 'date 2024-01-02 Source: Test desk\nThe two ministers met in Vienna.', id: 'vienna-note' };

  it('stores a posted document once', async () => {
    const first = await app.inject({ method: 'POST', url: '/api/documents', payload: doc });
    expect(first.statusCode).toBe(201);
    expect(json<{ status: string }>(first).status).toBe('new');
    const again = await app.inject({ method: 'POST', url: '/api/documents', payload: doc });
    expect(again.statusCode).toBe(200);
    expect(json<{ status: string }>(again).status).toBe('unchanged');
    expect((await app.inject('/api/documents/vienna-note')).statusCode).toBe(200);
  });

  it('requires the token on write routes when one is set', async () => {
    const payload = { ...doc, id: 'vienna-2', text: `${doc.text} Again.` };
    const headers = { host: '127.0.0.1:8737' };
    expectError(await locked.inject({ method: 'POST', url: '/api/documents', payload, headers }), 401, /Bearer/);
    expectError(await locked.inject({ method: 'POST', url: '/api/documents', payload, headers: { ...headers, authorization: 'Bearer wrong' } }), 403, /token/);
    const ok = await locked.inject({ method: 'POST', url: '/api/documents', payload, headers: { ...headers, authorization: 'Bearer s3cret-token' } });
    expect(ok.statusCode).toBe(201);
    // Reading needs no token.
    expect((await locked.inject({ url: '/api/documents', headers })).statusCode).toBe(200);
  });

  it('refuses foreign Host headers when bound to loopback', async () => {
    expectError(await locked.inject({ url: '/api/documents', headers: { host: 'evil.example:8737' } }), 421, /localhost/);
    expect((await locked.inject({ url: '/api/health', headers: { host: 'localhost:8737' } })).statusCode).toBe(200);
  });

  it('sends a CSP and related headers on every response', async () => {
    for (const url of ['/', '/api/documents', '/docs', '/api/nowhere']) {
      const res = await app.inject(url);
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('knows which hosts are loopback', () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '127.0.1.1']) expect(isLoopback(h)).toBe(true);
    for (const h of ['0.0.0.0', '192.168.1.5', '::', 'example.com', '128.0.0.1']) expect(isLoopback(h)).toBe(false);
  });

  it('answers unknown routes with JSON 404', async () => {
    expectError(await app.inject('/api/nowhere'), 404, /nowhere/);
  });
});

describe('OpenAPI and docs', () => {
  it('serves an OpenAPI document describing the routes', async () => {
    const spec = json<{ openapi: string; paths: Record<string, Record<string, { summary?: string }>> }>(await app.inject('/openapi.json'));
    expect(spec.openapi).toMatch(/^3\./);
    for (const p of ['/api/documents', '/api/documents/{id}', '/api/extract', '/api/actors/{key}', '/api/relations/graph', '/api/relations/timeline', '/api/figures']) {
      expect(Object.keys(spec.paths)).toContain(p);
    }
    expect(spec.paths['/api/extract']?.post?.summary).toBeTruthy();
    expect(Object.keys(spec.paths)).not.toContain('/docs');
  });

  it('renders a readable docs page without scripts', async () => {
    const res = await app.inject('/docs');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('/api/extract');
    expect(res.body).not.toMatch(/<script/i);
  });

  it('escapes everything it renders', () => {
    expect(escapeHtml('<a href="x">&\'')).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;');
    const html = renderDocsPage({ info: { title: '<script>x</script>' }, paths: { '/p<img>': { get: { summary: '<b>s</b>' } } } });
    expect(html).not.toContain('<script>x');
    expect(html).not.toContain('<img>');
    expect(html).not.toContain('<b>s');
  });
});

describe('demo corpus', () => {
  it('loads once; a second run adds nothing', async () => {
    const demoStore = await openStore(join(dir, 'demo.sqlite'));
    try {
      const first = await ingestDemoCorpus(demoStore, demoCorpusDir());
      expect(first.failed).toEqual([]);
      expect(first.added).toBeGreaterThanOrEqual(7);
      const second = await ingestDemoCorpus(demoStore, demoCorpusDir());
      expect(second).toEqual({ added: 0, unchanged: first.added + first.unchanged, failed: [] });
      expect((await demoStore.stats()).documents).toBe(first.added);
      // Every release in the folder, and not the folder's README.
      const releases = readdirSync(demoCorpusDir()).filter((f) => f.endsWith('.txt'));
      expect(first.added).toBe(releases.length);
      // Stamped with the same pipeline version as `readout ingest`, so that `readout reprocess`
      // right after the demo finds nothing stale.
      const stale = [];
      for await (const v of demoStore.versionsToReprocess(pipelineVersion())) stale.push(v);
      expect(stale).toEqual([]);
    } finally {
      await demoStore.close();
    }
  });

  it('makes a title from the first sentence when the header has none', () => {
    expect(titleFromText('date 2020-01-01 Source: X\nLeaders met in Rome. They talked.')).toBe('Leaders met in Rome.');
    expect(titleFromText('   ')).toBeNull();
    const long = titleFromText(`${'word '.repeat(30)}end.`)!;
    expect(long.endsWith('…')).toBe(true);
    expect(long.split(' ')).toHaveLength(14);
  });
});

describe('serve command pieces', () => {
  it('parses --port', () => {
    expect(parsePort(undefined)).toBeNull();
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort('0')).toBe(0);
    for (const bad of ['abc', '70000', '-1', '80.5', '']) expect(() => parsePort(bad)).toThrow(UsageError);
  });

  it('generates long random tokens', () => {
    const a = generateToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(generateToken()).not.toBe(a);
  });

  it('starts on localhost, prints the URL and serves the API', async () => {
    let out = '';
    const sink = { write: (chunk: string) => { out += chunk; return true; } } as unknown as NodeJS.WritableStream;
    const server = await startServer({ store, host: '127.0.0.1', port: 0, token: null, io: { stdout: sink, stderr: sink, stdin: process.stdin } });
    try {
      const url = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      expect(url).toBeTruthy();
      expect(out).not.toMatch(/token/i);
      const res = await fetch(`${url}api/health`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    } finally {
      await server.close();
    }
  });
});
