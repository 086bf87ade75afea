import { useState } from 'react';
import { api } from '../api.js';
import { Highlighted, queryWords } from '../components/Highlighted.js';
import { Chart } from '../components/Chart.js';
import { href, navigate } from '../router.js';
import { useFetch } from '../useFetch.js';

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

export function FiguresView({ params }: { params: URLSearchParams }) {
  const kind = params.get('kind') ?? 'money';
  const q = params.get('q') ?? '';
  const currency = params.get('currency') ?? '';
  const actor = params.get('actor') ?? '';
  const scale = params.get('scale') === 'log' ? 'log' : 'linear';
  const figures = useFetch(`fig:${kind}:${q}:${currency}:${actor}`, (s) => api.figures({ kind, q, currency, actor, limit: 500 }, s));
  const [draft, setDraft] = useState({ kind, q, currency, actor, scale });
  const currencies = figures.state === 'ready' ? [...new Set(figures.data.points.map((p) => p.currency).filter(Boolean))] : [];
  // Mixing currencies on one axis would mislead; chart the most common one unless one is chosen.
  const shown = figures.state === 'ready'
    ? figures.data.points.filter((p) => kind !== 'money' || !currencies.length || p.currency === (currency || mostCommon(figures.data.points.map((x) => x.currency))))
    : [];
  return (
    <div className="figures">
      <h1>Figures over time</h1>
      <form className="filters" onSubmit={(e) => {
        e.preventDefault();
        navigate(['figures'], draft);
      }}>
        <div className="field">
          <label htmlFor="g-kind">Kind</label>
          <select id="g-kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
            <option value="money">money</option>
            <option value="percent">percent</option>
            <option value="ratio">ratio</option>
            <option value="count">count</option>
          </select>
        </div>
        <div className="field wide">
          <label htmlFor="g-q">Sentence contains</label>
          <input id="g-q" type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} placeholder="e.g. trade" />
        </div>
        <div className="field">
          <label htmlFor="g-actor">Document names</label>
          <input id="g-actor" type="text" value={draft.actor} onChange={(e) => setDraft({ ...draft, actor: e.target.value })} placeholder="actor or country" />
        </div>
        <div className="field">
          <label htmlFor="g-cur">Currency</label>
          <input id="g-cur" type="text" value={draft.currency} maxLength={3} onChange={(e) => setDraft({ ...draft, currency: e.target.value.toUpperCase() })} placeholder="USD" />
        </div>
        <div className="field">
          <label htmlFor="g-scale">Scale</label>
          <select id="g-scale" value={draft.scale} onChange={(e) => setDraft({ ...draft, scale: e.target.value === 'log' ? 'log' : 'linear' })}>
            <option value="linear">linear</option>
            <option value="log">logarithmic</option>
          </select>
        </div>
        <div className="field actions"><button type="submit">Show</button></div>
      </form>
      {figures.state === 'loading' ? <p role="status">Loading figures…</p> : null}
      {figures.state === 'error' ? <p role="alert" className="error">{figures.message}</p> : null}
      {figures.state === 'ready' ? (
        <>
          <Chart points={shown} label={`${kind}${shown[0]?.currency ? ` in ${shown[0].currency}` : ''}`} connect={Boolean(q)} log={scale === 'log'} />
          <table className="table">
            <caption>{shown.length} figure(s), each with the sentence it comes from{figures.data.truncated ? ' (more matched; narrow the filters)' : ''}</caption>
            <thead><tr><th scope="col">Date</th><th scope="col">Figure</th><th scope="col">Value</th><th scope="col">Sentence</th></tr></thead>
            <tbody>
              {shown.map((p, i) => (
                <tr key={`${p.documentId}-${p.start}-${i}`}>
                  <td>{p.date ?? '—'}</td>
                  <td><a href={href(['doc', p.documentId], { at: String(p.start) })}>{p.text}</a></td>
                  <td>{number.format(p.value)}{p.currency ? ` ${p.currency}` : ''}{p.unit ? ` ${p.unit}` : ''}</td>
                  <td><Highlighted text={p.context} words={[p.text, ...queryWords(q)]} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}
