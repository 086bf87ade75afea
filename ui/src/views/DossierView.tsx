import { useEffect, useState } from 'react';
import type { Commitment, DossierResponse, Participant, Party, Ref } from '../../../src/server/api-types.js';
import { formatValue, goalLabel } from '../../../src/dossier/format.js';
import { api, ApiFailure } from '../api.js';
import { DossierChart } from '../components/DossierChart.js';
import { href, navigate } from '../router.js';
import { useFetch } from '../useFetch.js';

const STATUS: Record<Commitment['status'], string> = {
  met: 'met', 'not-met': 'not met by the deadline', open: 'still open', 'no-later-information': 'no later information',
};

function Source({ r, label }: { r: Ref; label?: string }) {
  return (
    <a className="sub source" href={href(['doc', r.documentId], { at: String(r.start) })}>
      {label ?? 'source'}: {r.documentId}, words {r.start}–{r.end}
    </a>
  );
}

function Who({ d, ps }: { d: DossierResponse; ps: Participant[] }) {
  if (!ps.length) return <span className="sub">not named</span>;
  return (
    <>
      {ps.map((p, i) => (
        <span key={i} className={`who side-${p.side ?? 'none'}`}>
          {i ? ' · ' : ''}
          {p.actorId ? <a href={href(['actor', p.actorId])}>{p.name}</a> : p.name}
          {p.kind === 'person' && p.office ? <span className="sub">{p.office}</span> : null}
          {p.side ? <span className="side-tag">{p.side === 'a' ? d.a.name : d.b.name}</span> : null}
        </span>
      ))}
    </>
  );
}

function PartyCard({ p, label }: { p: Party; label: string }) {
  return (
    <section className="party" aria-label={label}>
      <h2>{p.actorIds[0] && (p.kind === 'person' || p.kind === 'organization') ? <a href={href(['actor', p.actorIds[0]])}>{p.name}</a> : p.name} <span className="badge">{p.kind}</span></h2>
      <p>{p.includes}.</p>
      <p className="sub">Read as {p.resolvedBy} from “{p.input}”.</p>
      {p.officials.length ? (
        <p className="sub">Officials: {p.officials.map((o) => `${o.name} (${o.titles.join('; ')}, ${o.from ?? '?'} to ${o.to ?? '?'})`).join(', ')}</p>
      ) : null}
    </section>
  );
}

function DossierBody({ d }: { d: DossierResponse }) {
  const dated = d.documents.map((x) => x.date).filter((x): x is string => x !== null).sort();
  return (
    <>
      <div className="parties">
        <PartyCard p={d.a} label="First party" />
        <PartyCard p={d.b} label="Second party" />
      </div>
      <p className="meta">
        {d.documents.length} document(s) name both{dated.length ? ` (${dated[0]} to ${dated[dated.length - 1]})` : ''}.
        Statuses read the store up to {d.corpusUntil ?? 'its end'}.
      </p>
      {d.notes.length ? <ul className="notes" aria-label="Notes">{d.notes.map((n) => <li key={n}>{n}</li>)}</ul> : null}

      <section aria-labelledby="h-d-timeline">
        <h2 id="h-d-timeline">Timeline <span className="count">{d.timeline.length}</span></h2>
        {d.timeline.length === 0 ? <p className="empty">No meetings, calls, visits, agreements or other events between the two.</p> : (
          <ol className="timeline dossier-timeline">
            {d.timeline.map((t, i) => (
              <li key={i} className={t.status === 'planned' ? 'planned' : undefined}>
                <time dateTime={t.date ?? undefined}>{t.date ?? 'undated'}</time>
                <span className={`etype t-${t.type}`}>{t.status ? `${t.kind} · ${t.status}` : t.kind === 'agreement' ? 'agreement signed' : `${t.type}${t.mode ? ` · ${t.mode}` : ''}`}</span>
                {t.place ? <span className="sub">in {t.place}</span> : null}
                <div className="parties-line"><Who d={d} ps={t.participants} /></div>
                <blockquote className="sentence">{t.ref.sentence}</blockquote>
                <Source r={t.ref} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="h-d-figures">
        <h2 id="h-d-figures">Figures <span className="count">{d.figures.length}</span></h2>
        {d.figures.length === 0 ? <p className="empty">No figures about the two.</p> : null}
        {d.figures.map((s) => (
          <div key={`${s.topic}-${s.unit ?? ''}`} className="series">
            <h3>{s.topic}{s.unit ? ` (${s.unit})` : ''}</h3>
            <DossierChart series={s} />
            <p className="hint">Filled points are reported figures, each at the period it refers to; hollow points are derived from a reported change and were not reported; crosses are targets at their deadlines.</p>
            <table className="table">
              <caption>{s.topic}{s.unit ? ` in ${s.unit}` : ''} by period</caption>
              <thead><tr><th scope="col">Period</th><th scope="col">Reported</th><th scope="col">Derived (not reported)</th></tr></thead>
              <tbody>
                {s.rows.map((r) => (
                  <tr key={r.period.value} className={r.conflict ? 'conflict' : undefined}>
                    <th scope="row">{r.period.label}</th>
                    <td>
                      {r.reported.length ? r.reported.map((p, i) => (
                        <span key={i} className="reported">
                          {i ? <span className="differs"> ≠ </span> : null}
                          <a href={href(['doc', p.ref.documentId], { at: String(p.ref.start) })}>{p.text}</a>
                          <span className="sub">{p.ref.date ?? 'undated'}</span>
                        </span>
                      )) : '—'}
                      {r.conflict ? <span className="differs-note"> reports differ</span> : null}
                    </td>
                    <td>
                      {r.derived.length ? r.derived.map((x, i) => (
                        <span key={i} className="derived">
                          {i ? '; ' : ''}{formatValue(x.value, s.unit)} = {x.formula}{' '}
                          <a className="sub" href={href(['doc', x.change.documentId], { at: String(x.change.start) })}>from {x.change.text}</a>
                        </span>
                      )) : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {s.targets.length ? (
              <ul className="targets">
                {s.targets.map((t, i) => (
                  <li key={i}>Target {formatValue(t.value, s.unit)}{t.deadline ? ` by ${t.deadline.label}` : ''} <Source r={t.ref} label="set in" /></li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
      </section>

      <section aria-labelledby="h-d-commitments">
        <h2 id="h-d-commitments">Commitments <span className="count">{d.commitments.length}</span></h2>
        {d.commitments.length === 0 ? <p className="empty">No targets, offers, promises, agreements or planned visits.</p> : (
          <ul className="commitments">
            {d.commitments.map((c, i) => (
              <li key={i}>
                <p>
                  <time dateTime={c.made ?? undefined}>{c.made ?? 'undated'}</time>{' '}
                  <span className="badge">{c.kind === 'planned-meeting' ? 'planned meeting' : c.kind}</span>{' '}
                  <span className={`status status-${c.status}`}>{STATUS[c.status]}</span>
                  {c.deadline ? <span className="sub">due {c.deadline.value}</span> : null}
                  {c.goal ? <span className="sub">goal {goalLabel(c.goal)}{c.goal.how !== 'as stated' ? ` = ${c.goal.how}` : ''}</span> : null}
                </p>
                <p className="parties-line">By <Who d={d} ps={c.by} />{c.to.length ? <> to <Who d={d} ps={c.to} /></> : null}</p>
                <blockquote className="sentence">{c.what}</blockquote>
                <p className="rule">Rule: {c.rule}</p>
                <Source r={c.ref} />
                {c.evidence.map((e, j) => (
                  <p key={j} className="evidence">Evidence: “{e.text}” <Source r={e} label={e.date ?? 'undated'} /></p>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="h-d-voices">
        <h2 id="h-d-voices">Voices <span className="count">{d.voices.length}</span></h2>
        {d.voices.length === 0 ? <p className="empty">No quotes by either side about the other.</p> : (
          <ul className="quotes">
            {d.voices.map((v, i) => (
              <li key={i}>
                <p><time dateTime={v.date ?? undefined}>{v.date ?? 'undated'}</time> <strong>{v.speaker}</strong>{v.office ? <span className="sub">{v.office}</span> : null} <span className="side-tag">{v.side === 'a' ? d.a.name : d.b.name}</span></p>
                <blockquote>“{v.text}”</blockquote>
                <span className="sub">{v.about}</span> <Source r={v.ref} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function DossierView({ params }: { params: URLSearchParams }) {
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const [draft, setDraft] = useState({ a, b, from, to });
  useEffect(() => setDraft({ a, b, from, to }), [a, b, from, to]);
  const res = useFetch(`dossier:${a}:${b}:${from}:${to}`, (s) => (a && b ? api.dossier({ a, b, from, to }, s) : Promise.resolve(null)));
  useEffect(() => {
    if (res.state === 'ready' && res.data) document.title = `${res.data.a.name} and ${res.data.b.name} — Readout`;
  }, [res]);
  const failure = res.state === 'error' && res.error instanceof ApiFailure ? res.error : null;
  const side = failure?.party === b && failure.party !== a ? 'b' : 'a';
  return (
    <div className="dossier">
      <h1>Relation dossier{res.state === 'ready' && res.data ? `: ${res.data.a.name} and ${res.data.b.name}` : ''}</h1>
      <form className="filters" onSubmit={(e) => {
        e.preventDefault();
        navigate(['dossier'], draft);
      }}>
        <div className="field wide">
          <label htmlFor="d-a">Between</label>
          <input id="d-a" value={draft.a} onChange={(e) => setDraft({ ...draft, a: e.target.value })} placeholder="e.g. Belarus" required />
        </div>
        <div className="field wide">
          <label htmlFor="d-b">and</label>
          <input id="d-b" value={draft.b} onChange={(e) => setDraft({ ...draft, b: e.target.value })} placeholder="e.g. Irkutsk Oblast" required />
        </div>
        <div className="field">
          <label htmlFor="d-from">From</label>
          <input id="d-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="d-to">To</label>
          <input id="d-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div className="field actions"><button type="submit">Show dossier</button></div>
      </form>
      {!a || !b ? <p className="hint">Name two parties: countries (name or ISO code), regions, cities, people or organisations. A country takes in its regions, officials and bodies; a region its governor and bodies.</p> : null}
      {res.state === 'loading' && a && b ? <p role="status">Loading the dossier…</p> : null}
      {res.state === 'error' ? (
        <div role="alert" className="error-box">
          <p className="error">{res.message}</p>
          {failure?.candidates.length ? (
            <>
              <p>Choose one:</p>
              <ul className="candidates">
                {failure.candidates.map((c) => (
                  <li key={c.choose}>
                    <a href={href(['dossier'], { a, b, from, to, [side]: c.choose })}>{c.name}</a>{' '}
                    <span className="sub">{c.kind}{c.country ? `, ${c.country}` : ''}{c.documents !== null ? `, ${c.documents} document(s)` : ''}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      {res.state === 'ready' && res.data ? <DossierBody d={res.data} /> : null}
    </div>
  );
}
