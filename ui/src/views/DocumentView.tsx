import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ExtractRecord } from '../../../src/record/types.js';
import type { MentionExplanation } from '../../../src/server/api-types.js';
import { parseHeader } from '../../../src/ingest/header.js';
import { actorKey } from '../../../src/server/actor-key.js';
import { api } from '../api.js';
import { MarkedText } from '../components/MarkedText.js';
import { buildMarks, nestMarks, speakerColours, type Mark } from '../marks.js';
import { href, navigate } from '../router.js';
import { useFetch } from '../useFetch.js';

interface Active {
  mark: Mark;
  top: number;
  left: number;
  pinned: boolean;
}

export function DocumentView({ id, at }: { id: string; at: number | null }) {
  const doc = useFetch(`doc:${id}`, (signal) => api.document(id, signal));
  const [explanations, setExplanations] = useState<MentionExplanation[]>([]);

  // Mention rules come from a second, slower request so the page never waits for them.
  useEffect(() => {
    if (doc.state !== 'ready') return;
    const controller = new AbortController();
    api.explain(id, controller.signal).then((r) => setExplanations(r.mentions), () => undefined);
    return () => controller.abort();
  }, [doc.state, id]);

  useEffect(() => {
    if (doc.state === 'ready') document.title = `${doc.data.record.title ?? doc.data.meta.title ?? doc.data.id} — Readout`;
  }, [doc]);

  if (doc.state === 'loading') return <p role="status">Loading document…</p>;
  if (doc.state === 'error') return <p role="alert" className="error">Could not load the document: {doc.message}</p>;
  const { meta, versions } = doc.data;
  const versionNote = versions.length > 1 ? `version ${meta.version} of ${versions.length}` : null;
  return <DocumentBody text={doc.data.text} record={doc.data.record} title={meta.title} note={versionNote} explanations={explanations} at={at} />;
}

export function DocumentBody({ text, record, title = null, note = null, explanations, at = null }: {
  text: string; record: ExtractRecord; title?: string | null; note?: string | null; explanations: MentionExplanation[]; at?: number | null;
}) {
  const bodyStart = useMemo(() => parseHeader(text).bodyStart, [text]);
  const marks = useMemo(() => buildMarks(record, explanations), [record, explanations]);
  const { roots, skipped } = useMemo(() => nestMarks(marks, text.length), [marks, text.length]);
  const [active, setActive] = useState<Active | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  const onActivate = useCallback((mark: Mark, el: HTMLElement, pin: boolean) => {
    const box = wrapper.current?.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const top = box ? r.bottom - box.top + 6 : 0;
    const left = box ? Math.max(0, Math.min(r.left - box.left, box.width - 300)) : 0;
    setActive((prev) => (prev?.pinned && !pin && prev.mark.id !== mark.id ? prev : { mark, top, left, pinned: pin }));
  }, []);
  const onDeactivate = useCallback((mark: Mark) => {
    setActive((prev) => (prev && !prev.pinned && prev.mark.id === mark.id ? null : prev));
  }, []);
  const onOpen = useCallback((mark: Mark) => {
    if (mark.actorKey) navigate(['actor', mark.actorKey]);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setActive(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A link to a figure (#/doc/ID?at=OFFSET) lands on its highlight.
  // Only once per target: later re-renders (the mention rules arriving) must not pull the page back.
  const landed = useRef<number | null>(null);
  useEffect(() => {
    if (at === null || landed.current === at) return;
    const el = wrapper.current?.querySelector<HTMLElement>(`[data-start="${at}"]`);
    if (el) {
      landed.current = at;
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [at, roots]);

  const colours = speakerColours(record);
  const showInText = (start: number, end: number) => {
    const target = marks.find((m) => m.start === start && m.end === end);
    const el = target && wrapper.current?.querySelector<HTMLElement>(`[data-mark="${target.id}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.focus({ preventScroll: true });
    }
  };

  return (
    <div className="doc-layout">
      <article className="doc" aria-labelledby="doc-title">
        <header>
          <h1 id="doc-title">{record.title ?? title ?? record.id}</h1>
          <p className="meta">
            {record.date ?? 'undated'} · {record.source ?? 'unknown source'}
            {note ? ` · ${note}` : null}
            {record.url ? (
              <>
                {' · '}
                <a href={safeUrl(record.url)} rel="noopener noreferrer nofollow">original</a>
              </>
            ) : null}
          </p>
          <Legend />
        </header>
        <div className="doc-text-wrap" ref={wrapper} onClick={() => setActive(null)}>
          <div className="doc-text" data-testid="doc-text" data-doc={record.id}>
            <MarkedText text={text} bodyStart={bodyStart} roots={roots} activeId={active?.mark.id ?? null} onActivate={onActivate} onDeactivate={onDeactivate} onOpen={onOpen} />
          </div>
          {active ? (
            <div id="fact-card" role="tooltip" className={`fact-card${active.pinned ? ' pinned' : ''}`} style={{ top: active.top, left: active.left }}>
              <strong>{active.mark.title}</strong>
              {active.mark.facts.length ? (
                <ul>
                  {active.mark.facts.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              ) : null}
              <p className="rule">
                Rule: <code>{active.mark.rule}</code>
              </p>
              <p className="said">“{text.slice(active.mark.start, active.mark.end).slice(0, 160)}” at {active.mark.start}–{active.mark.end}</p>
              {active.mark.actorKey ? (
                <p>
                  <a href={href(['actor', active.mark.actorKey])}>Actor page</a> <span className="hint">(Enter)</span>
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
        {skipped.length ? (
          <p className="note">{skipped.length} overlapping annotation(s) are listed in the panel but not highlighted.</p>
        ) : null}
      </article>
      <aside className="record-panel" aria-label="Record of this document">
        <h2>Record</h2>
        <RecordSection title="People" count={record.people.length}>
          {record.people.map((p) => (
            <li key={p.id}>
              <a href={href(['actor', actorKey('person', p.name)])}>{p.name}</a>
              <span className="sub">{[p.title, p.country, p.sector].filter(Boolean).join(' · ')}</span>
              {p.mentions[0] ? <ShowButton onClick={() => showInText(p.mentions[0]![0], p.mentions[0]![1])} /> : null}
            </li>
          ))}
        </RecordSection>
        <RecordSection title="Organisations" count={record.organizations.length}>
          {record.organizations.map((o) => (
            <li key={o.id}>
              <a href={href(['actor', actorKey('organization', o.name)])}>{o.name}</a>
              <span className="sub">{[o.country, o.sector].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </RecordSection>
        <RecordSection title="Places" count={record.places.length}>
          {record.places.map((p) => (
            <li key={p.id}>
              <a href={href(['actor', actorKey('place', p.name)])}>{p.name}</a>
              <span className="sub">{[p.kind, p.country].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </RecordSection>
        <RecordSection title="Meetings" count={(record.meetings ?? []).length}>
          {(record.meetings ?? []).map((m, i) => (
            <li key={i} className={`meeting meeting-${m.status}`}>
              <button type="button" className="link" onClick={() => showInText(m.start, m.end)}>
                {m.kind}{m.status === 'planned' ? ' (planned)' : ''}
              </button>
              <span className="sub">
                {m.parties.map((p) => p.name).join(', ') || 'no one named'}
                {m.date ? ` · ${m.date}` : ''}
                {m.place ? ` · ${m.place}` : ''}
              </span>
            </li>
          ))}
        </RecordSection>
        <RecordSection title="Quotes" count={record.quotes.length}>
          {record.quotes.map((q, i) => (
            <li key={i}>
              <span className={`swatch c${colours.get(q.speakerId ?? '') ?? 0}`} aria-hidden="true" />
              <strong>{q.speaker ?? 'Unattributed'}</strong>: <q>{q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text}</q>
              <ShowButton onClick={() => showInText(q.start, q.end)} />
            </li>
          ))}
        </RecordSection>
        <RecordSection title="Quotations without a named speaker" count={(record.unattributedQuotes ?? []).length}>
          {(record.unattributedQuotes ?? []).map((q, i) => (
            <li key={i} className="unattributed-quote">
              {q.speaker ? <><strong>{q.speaker}</strong>: </> : null}
              <q>{q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text}</q>
              <ShowButton onClick={() => showInText(q.start, q.end)} />
            </li>
          ))}
        </RecordSection>
        <RecordSection title="Figures" count={record.quantities.length}>
          {record.quantities.map((q, i) => (
            <li key={i}>
              <button type="button" className="link" onClick={() => showInText(q.start, q.end)}>{q.text}</button>
              <span className="sub">{q.kind} = {q.value}{q.currency ? ` ${q.currency}` : ''}</span>
            </li>
          ))}
        </RecordSection>
        <RecordSection title="Events" count={record.events.length}>
          {record.events.map((e, i) => (
            <li key={i}>
              <button type="button" className="link" onClick={() => showInText(e.triggerSpan[0], e.triggerSpan[1])}>
                {e.type}{e.mode ? ` (${e.mode})` : ''}
              </button>
              <span className="sub">
                {e.source.map((s) => s.name).join(', ')}
                {e.target.length ? ` → ${e.target.map((t) => t.name).join(', ')}` : ''}
                {e.date ? ` · ${e.date}` : ''}
              </span>
            </li>
          ))}
        </RecordSection>
        {record.messages.length ? (
          <RecordSection title="Notes from the reader" count={record.messages.length}>
            {record.messages.map((m, i) => (
              <li key={i} className={`msg-${m.severity}`}>{m.text} <span className="sub">{m.stage}/{m.rule}</span></li>
            ))}
          </RecordSection>
        ) : null}
        <p>
          <a href={`/api/documents/${encodeURIComponent(record.id)}`}>This record as JSON</a>
        </p>
      </aside>
    </div>
  );
}

function ShowButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" className="show" onClick={onClick}>
      show
    </button>
  );
}

function RecordSection({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section>
      <h3>
        {title} <span className="count">{count}</span>
      </h3>
      {count ? <ul>{children}</ul> : <p className="empty">None found.</p>}
    </section>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Highlight colours">
      <li><span className="hl hl-person">person</span></li>
      <li><span className="hl hl-organization">organisation</span></li>
      <li><span className="hl hl-place">place</span></li>
      <li><span className="hl hl-quote c0">quote</span></li>
      <li><span className="hl hl-quote unnamed">quotation, no speaker named</span></li>
      <li><span className="hl hl-quantity">figure</span></li>
      <li><span className="hl hl-date">date</span></li>
      <li><span className="hl hl-event">event</span></li>
    </ul>
  );
}

/** Only http(s) links from a record become clickable; anything else (javascript:, data:) does not. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
