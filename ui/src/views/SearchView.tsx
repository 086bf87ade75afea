import { useEffect, useState, type FormEvent } from 'react';
import type { SearchHit, FacetsResponse } from '../../../src/server/api-types.js';
import { api } from '../api.js';
import { Highlighted, queryWords } from '../components/Highlighted.js';
import { href, navigate } from '../router.js';
import { useFetch } from '../useFetch.js';

export const FILTERS = ['q', 'actor', 'country', 'type', 'from', 'to', 'source'] as const;
type Filter = (typeof FILTERS)[number];
type Filters = Record<Filter, string>;

function readFilters(params: URLSearchParams): Filters {
  const f = {} as Filters;
  for (const k of FILTERS) f[k] = params.get(k) ?? '';
  return f;
}

export function SearchView({ params }: { params: URLSearchParams }) {
  const filters = readFilters(params);
  const key = FILTERS.map((k) => filters[k]).join('\u0000');
  const [draft, setDraft] = useState<Filters>(filters);
  const [items, setItems] = useState<SearchHit[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState('');
  const facets = useFetch<FacetsResponse>('facets', (s) => api.facets(s));

  useEffect(() => setDraft(filters), [key]); // eslint-disable-line react-hooks/exhaustive-deps

  const load = (cursor: string | null, signal?: AbortSignal) => {
    setStatus('loading');
    api.search({ ...filters, cursor, limit: 20 }, signal).then(
      (r) => {
        setItems((prev) => (cursor ? [...prev, ...r.items] : r.items));
        setNext(r.next);
        setStatus('ready');
      },
      (e: unknown) => {
        if (signal?.aborted) return;
        setError(e instanceof Error ? e.message : String(e));
        setStatus('error');
      },
    );
  };

  useEffect(() => {
    const controller = new AbortController();
    load(null, controller.signal);
    return () => controller.abort();
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(['search'], draft);
  };
  const set = (k: Filter) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });
  const f = facets.state === 'ready' ? facets.data : null;

  return (
    <div className="search">
      <h1>Search documents</h1>
      <form className="filters" role="search" onSubmit={submit}>
        <div className="field wide">
          <label htmlFor="f-q">Text</label>
          <input id="f-q" type="search" value={draft.q} onChange={set('q')} placeholder="e.g. trade, tractors, Minsk" />
        </div>
        <div className="field">
          <label htmlFor="f-actor">Actor</label>
          <input id="f-actor" type="text" value={draft.actor} onChange={set('actor')} placeholder="name" />
        </div>
        <div className="field">
          <label htmlFor="f-country">Country</label>
          <select id="f-country" value={draft.country} onChange={set('country')}>
            <option value="">any</option>
            {f?.countries.map((c) => (
              <option key={c.value} value={c.value}>{c.name ? `${c.name} (${c.value})` : c.value}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-type">Event type</label>
          <select id="f-type" value={draft.type} onChange={set('type')}>
            <option value="">any</option>
            {f?.eventTypes.map((t) => (
              <option key={t.value} value={t.value}>{t.value} ({t.count})</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-from">From</label>
          <input id="f-from" type="date" value={draft.from} onChange={set('from')} />
        </div>
        <div className="field">
          <label htmlFor="f-to">To</label>
          <input id="f-to" type="date" value={draft.to} onChange={set('to')} />
        </div>
        <div className="field">
          <label htmlFor="f-source">Source</label>
          <select id="f-source" value={draft.source} onChange={set('source')}>
            <option value="">any</option>
            {f?.sources.map((s) => (
              <option key={s.value} value={s.value}>{s.value} ({s.count})</option>
            ))}
          </select>
        </div>
        <div className="field actions">
          <button type="submit">Search</button>
          <a className="button secondary" href={href(['search'])}>Clear</a>
        </div>
      </form>
      <p className="summary" role="status" aria-live="polite">
        {status === 'loading' && !items.length ? 'Searching…' : status === 'error' ? '' : `${items.length}${next ? '+' : ''} document(s)${f ? ` of ${f.documents}` : ''}`}
      </p>
      {status === 'error' ? <p role="alert" className="error">Search failed: {error}</p> : null}
      <ol className="results">
        {items.map((d) => (
          <li key={d.id}>
            <a className="result-title" href={href(['doc', d.id])}>{d.title ?? d.id}</a>
            <span className="meta">{d.date ?? 'undated'} · {d.source ?? 'unknown source'}</span>
            <p className="snippet"><Highlighted text={d.snippet} words={queryWords(filters.q)} /></p>
            <span className="counts">
              {d.counts.people} people · {d.counts.quotes} quotes · {d.counts.figures} figures · {d.counts.events} events
            </span>
          </li>
        ))}
      </ol>
      {next ? (
        <button type="button" onClick={() => load(next)} disabled={status === 'loading'}>
          {status === 'loading' ? 'Loading…' : 'More results'}
        </button>
      ) : null}
    </div>
  );
}
