import { useEffect, useState } from 'react';
import type { ActorKind } from '../../../src/store/store.js';
import { api } from '../api.js';
import { EventList } from '../components/EventList.js';
import { href, navigate } from '../router.js';
import { useFetch } from '../useFetch.js';

const TYPE_LABEL: Record<ActorKind, string> = { person: 'Person', organization: 'Organisation', place: 'Place' };

export function ActorView({ actorKey }: { actorKey: string }) {
  const res = useFetch(`actor:${actorKey}`, (s) => api.actor(actorKey, s));
  useEffect(() => {
    if (res.state === 'ready') document.title = `${res.data.actor.name} — Readout`;
  }, [res]);
  if (res.state === 'loading') return <p role="status">Loading actor…</p>;
  if (res.state === 'error') return <p role="alert" className="error">Could not load the actor: {res.message}</p>;
  const { actor: a, events, quotes, countryNames } = res.data;
  const otherNames = a.names.filter((n) => n.name !== a.name);
  // A place is passed by name, so that a region takes in its officials; people and bodies by id.
  const self = a.kind === 'place' ? a.name : `actor:${a.id}`;
  const counterparts = new Map<string, { label: string; party: string; n: number }>();
  for (const e of events) {
    for (const p of [...e.source, ...e.target]) {
      if (p.actorId === a.id) continue;
      const key = p.actorId ?? `c:${p.country ?? p.name}`;
      const party = p.actorId ? `actor:${p.actorId}` : (p.country ?? p.name);
      const c = counterparts.get(key) ?? { label: p.name, party, n: 0 };
      c.n++;
      counterparts.set(key, c);
    }
  }
  const top = [...counterparts.values()].sort((x, y) => y.n - x.n).slice(0, 6);
  return (
    <div className="actor">
      <h1>
        {a.name} <span className="badge">{TYPE_LABEL[a.kind]}</span>
      </h1>
      <p className="meta">
        {a.documents} document(s) · {a.mentions} mention(s)
        {a.firstDate ? ` · ${a.firstDate}${a.lastDate && a.lastDate !== a.firstDate ? ` to ${a.lastDate}` : ''}` : ''}
        {otherNames.length ? ` · also written ${otherNames.map((n) => n.name).join(', ')}` : ''}
      </p>
      <div className="facts-grid">
        <section aria-labelledby="h-roles">
          <h2 id="h-roles">Roles</h2>
          {a.roles.length ? (
            <ul>
              {a.roles.map((r) => (
                <li key={r.title}>
                  {r.title} <span className="sub">{r.from ?? '?'}{r.to && r.to !== r.from ? ` – ${r.to}` : ''}</span>{' '}
                  <span className="count">{r.documents}</span>
                </li>
              ))}
            </ul>
          ) : <p className="empty">No title given in the texts.</p>}
        </section>
        <section aria-labelledby="h-countries">
          <h2 id="h-countries">Countries</h2>
          {a.countries.length ? (
            <ul>
              {a.countries.map((c) => (
                <li key={c.country}>
                  <a href={href(['relations'], { a: c.country })}>{countryNames[c.country] ?? c.country}</a> <span className="sub">{c.country}</span>{' '}
                  <span className="count">{c.documents}</span>
                </li>
              ))}
            </ul>
          ) : <p className="empty">No country known.</p>}
          {a.sector ? <p className="sub">Sector: {a.sector}</p> : null}
        </section>
      </div>
      <div className="actor-layout">
        <div>
          <section aria-labelledby="h-timeline">
            <h2 id="h-timeline">Timeline of meetings, statements and events</h2>
            <EventList events={events} statements={quotes} empty="No events or statements involving this actor yet." />
          </section>
          <section aria-labelledby="h-quotes">
            <h2 id="h-quotes">Quotes</h2>
            {quotes.length ? (
              <ul className="quotes">
                {quotes.map((q) => (
                  <li key={q.id}>
                    <blockquote>{q.text}</blockquote>
                    <a className="sub" href={href(['doc', q.documentId], { at: String(q.start) })}>{q.date ?? 'undated'} · source document</a>
                  </li>
                ))}
              </ul>
            ) : <p className="empty">No quotes attributed.</p>}
          </section>
        </div>
        <aside className="actor-docs" aria-labelledby="h-docs">
          <h2 id="h-dossier">Dossiers</h2>
          {top.length ? (
            <ul aria-labelledby="h-dossier">
              {top.map((c) => (
                <li key={c.party}><a href={href(['dossier'], { a: self, b: c.party })}>{a.name} and {c.label}</a> <span className="count">{c.n}</span></li>
              ))}
            </ul>
          ) : null}
          <DossierWith self={self} />
          <h2 id="h-docs">Documents</h2>
          <ul>
            {a.recentDocuments.slice(0, 10).map((d) => (
              <li key={d.id}>
                <a href={href(['doc', d.id])}>{d.title ?? d.id}</a> <span className="sub">{d.date ?? 'undated'}</span>
              </li>
            ))}
          </ul>
          <p><a href={href(['search'], { actor: a.id })}>All documents naming {a.name}</a></p>
        </aside>
      </div>
    </div>
  );
}

function DossierWith({ self }: { self: string }) {
  const [other, setOther] = useState('');
  return (
    <form className="dossier-with" onSubmit={(e) => {
      e.preventDefault();
      if (other.trim()) navigate(['dossier'], { a: self, b: other.trim() });
    }}>
      <label htmlFor="actor-dossier">Dossier with</label>{' '}
      <input id="actor-dossier" value={other} onChange={(e) => setOther(e.target.value)} placeholder="country, region or person" />{' '}
      <button type="submit" className="secondary">Open</button>
    </form>
  );
}

export function ActorsIndex({ params }: { params: URLSearchParams }) {
  const q = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const list = useFetch(`actors:${q}:${type}`, (s) => api.actors({ q, type, limit: 200 }, s));
  return (
    <div className="actors-index">
      <h1>Actors</h1>
      <form className="filters" role="search" onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        window.location.hash = href(['actors'], { q: String(data.get('q') ?? ''), type: String(data.get('type') ?? '') });
      }}>
        <div className="field wide">
          <label htmlFor="a-q">Name</label>
          <input id="a-q" name="q" type="search" defaultValue={q} />
        </div>
        <div className="field">
          <label htmlFor="a-type">Type</label>
          <select id="a-type" name="type" defaultValue={type}>
            <option value="">any</option>
            <option value="person">people</option>
            <option value="organization">organisations</option>
            <option value="place">places</option>
          </select>
        </div>
        <div className="field actions"><button type="submit">Filter</button></div>
      </form>
      {list.state === 'loading' ? <p role="status">Loading…</p> : null}
      {list.state === 'error' ? <p role="alert" className="error">{list.message}</p> : null}
      {list.state === 'ready' ? (
        <table className="table">
          <caption className="sr-only">Actors and the number of documents naming them</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Title</th><th scope="col">Country</th><th scope="col">Documents</th></tr></thead>
          <tbody>
            {list.data.items.map((a) => (
              <tr key={a.id}>
                <td><a href={href(['actor', a.id])}>{a.name}</a></td>
                <td>{TYPE_LABEL[a.kind]}</td>
                <td>{a.title ?? '—'}</td>
                <td>{a.country ?? '—'}</td>
                <td>{a.documents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
