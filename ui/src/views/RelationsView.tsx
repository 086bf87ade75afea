import { useEffect, useState, type FormEvent } from 'react';
import type { FacetsResponse } from '../../../src/server/api-types.js';
import { api } from '../api.js';
import { EventList } from '../components/EventList.js';
import { Graph } from '../components/Graph.js';
import { href, navigate } from '../router.js';
import { useFetch } from '../useFetch.js';

export function RelationsView({ params }: { params: URLSearchParams }) {
  const level = params.get('level') === 'actor' ? 'actor' : 'country';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const type = params.get('type') ?? '';
  const a = params.get('a') ?? params.get('focus') ?? '';
  const b = params.get('b') ?? '';
  const current = { level, from, to, type, a, b };
  const go = (patch: Partial<typeof current>) => navigate(['relations'], { ...current, ...patch });

  const graph = useFetch(`graph:${level}:${from}:${to}:${type}`, (s) => api.graph({ level, from, to, type }, s));
  const facets = useFetch<FacetsResponse>('facets', (s) => api.facets(s));
  const timeline = useFetch(`tl:${a}:${b}:${from}:${to}:${type}`, (s) =>
    a && b ? api.timeline({ a, b, from, to, type }, s) : Promise.resolve(null),
  );
  const [draft, setDraft] = useState({ from, to, type, level });
  useEffect(() => setDraft({ from, to, type, level }), [from, to, type, level]);

  const select = (id: string) => {
    if (!a || (a && b)) go({ a: id, b: '' });
    else if (id !== a) go({ b: id });
  };
  const label = (id: string) => (graph.state === 'ready' ? graph.data.nodes.find((n) => n.id === id)?.label : undefined) ?? names[id] ?? id;
  const [names, setNames] = useState<Record<string, string>>({});
  const [pair, setPair] = useState({ a: '', b: '' });
  const [pairError, setPairError] = useState('');

  /** A typed side: a node label, a country code, or an actor name looked up in the store. */
  const resolveSide = async (typed: string): Promise<{ id: string; name: string } | null> => {
    const value = typed.trim();
    if (!value) return null;
    const node = graph.state === 'ready' ? graph.data.nodes.find((n) => n.label.toLowerCase() === value.toLowerCase() || n.id === value) : undefined;
    if (node) return { id: node.id, name: node.label };
    const country = facets.state === 'ready' ? facets.data.countries.find((c) => c.value === value.toUpperCase() || c.name?.toLowerCase() === value.toLowerCase()) : undefined;
    if (country) return { id: country.value, name: country.name ?? country.value };
    if (/^[A-Za-z]{3}$/.test(value)) return { id: value.toUpperCase(), name: value.toUpperCase() };
    const found = await api.actors({ q: value, limit: 1 });
    const actor = found.items[0];
    return actor ? { id: actor.id, name: actor.name } : null;
  };
  const choosePair = async (e: FormEvent) => {
    e.preventDefault();
    setPairError('');
    const [x, y] = await Promise.all([resolveSide(pair.a), resolveSide(pair.b)]);
    if (!x || !y) {
      setPairError(`No country or actor called “${!x ? pair.a : pair.b}”.`);
      return;
    }
    setNames((prev) => ({ ...prev, [x.id]: x.name, [y.id]: y.name }));
    go({ a: x.id, b: y.id });
  };

  return (
    <div className="relations">
      <h1>Relations</h1>
      <form className="filters" onSubmit={(e) => {
        e.preventDefault();
        go({ ...draft, a: draft.level === level ? a : '', b: draft.level === level ? b : '' });
      }}>
        <div className="field">
          <label htmlFor="r-level">Nodes</label>
          <select id="r-level" value={draft.level} onChange={(e) => setDraft({ ...draft, level: e.target.value === 'actor' ? 'actor' : 'country' })}>
            <option value="country">countries</option>
            <option value="actor">people and organisations</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="r-type">Event type</label>
          <select id="r-type" value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value })}>
            <option value="">any</option>
            {facets.state === 'ready' ? facets.data.eventTypes.map((t) => <option key={t.value} value={t.value}>{t.value}</option>) : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor="r-from">From</label>
          <input id="r-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="r-to">To</label>
          <input id="r-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div className="field actions"><button type="submit">Apply</button></div>
      </form>
      <p className="hint">Pick two nodes (click, or Tab then Enter) to see the events between them, or name them here.</p>
      <form className="filters pair" onSubmit={choosePair}>
        <div className="field">
          <label htmlFor="r-a">Between</label>
          <input id="r-a" list="r-nodes" value={pair.a} onChange={(e) => setPair({ ...pair, a: e.target.value })} placeholder="e.g. Belarus" />
        </div>
        <div className="field">
          <label htmlFor="r-b">and</label>
          <input id="r-b" list="r-nodes" value={pair.b} onChange={(e) => setPair({ ...pair, b: e.target.value })} placeholder="e.g. Irkutsk Oblast" />
        </div>
        <datalist id="r-nodes">
          {graph.state === 'ready' ? graph.data.nodes.map((n) => <option key={n.id} value={n.label} />) : null}
        </datalist>
        <div className="field actions"><button type="submit">Show timeline</button></div>
        {pairError ? <p role="alert" className="error">{pairError}</p> : null}
      </form>
      {graph.state === 'loading' ? <p role="status">Loading graph…</p> : null}
      {graph.state === 'error' ? <p role="alert" className="error">{graph.message}</p> : null}
      {graph.state === 'ready' ? <Graph graph={graph.data} selected={[a, b].filter(Boolean)} onSelect={select} /> : null}
      <section aria-live="polite">
        <h2>
          Timeline{a ? `: ${label(a)}` : ''}{b ? ` and ${label(b)}` : ''}
        </h2>
        {!a || !b ? <p className="empty">{a ? 'Now pick a second node.' : 'No pair chosen yet.'}</p> : null}
        {a && b ? (
          <p>
            <a className="button secondary" href={href(['dossier'], { a: level === 'actor' ? `actor:${a}` : a, b: level === 'actor' ? `actor:${b}` : b, from, to })}>
              Open the dossier of {label(a)} and {label(b)}
            </a>{' '}
            <span className="sub">meetings, figures by period, commitments kept or not, voices</span>
          </p>
        ) : null}
        {timeline.state === 'ready' && timeline.data ? <EventList events={timeline.data.events} empty="No events between these two." /> : null}
        {timeline.state === 'error' ? <p role="alert" className="error">{timeline.message}</p> : null}
        {a ? <p><a href={href(['relations'], { level, from, to, type })}>Clear the pair</a></p> : null}
      </section>
    </div>
  );
}
