import { useEffect, useState } from 'react';
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
  const label = (id: string) => (graph.state === 'ready' ? graph.data.nodes.find((n) => n.id === id)?.label : undefined) ?? id;

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
      <p className="hint">Pick two nodes (click, or Tab then Enter) to see the events between them.</p>
      {graph.state === 'loading' ? <p role="status">Loading graph…</p> : null}
      {graph.state === 'error' ? <p role="alert" className="error">{graph.message}</p> : null}
      {graph.state === 'ready' ? <Graph graph={graph.data} selected={[a, b].filter(Boolean)} onSelect={select} /> : null}
      <section aria-live="polite">
        <h2>
          Timeline{a ? `: ${label(a)}` : ''}{b ? ` and ${label(b)}` : ''}
        </h2>
        {!a || !b ? <p className="empty">{a ? 'Now pick a second node.' : 'No pair chosen yet.'}</p> : null}
        {timeline.state === 'ready' && timeline.data ? <EventList events={timeline.data.events} empty="No events between these two." /> : null}
        {timeline.state === 'error' ? <p role="alert" className="error">{timeline.message}</p> : null}
        {a ? <p><a href={href(['relations'], { level, from, to, type })}>Clear the pair</a></p> : null}
      </section>
    </div>
  );
}
