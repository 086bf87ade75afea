import type { EventRow, QuoteRow } from '../../../src/server/api-types.js';
import { href } from '../router.js';

function Party({ p }: { p: EventRow['source'][number] }) {
  return p.actorId ? <a href={href(['actor', p.actorId])}>{p.name}</a> : <span>{p.name}</span>;
}

/**
 * Events (and, on an actor page, the actor's statements) newest first, each with the
 * sentence it was read from and a link to its place in the document.
 */
export function EventList({ events, statements = [], empty }: { events: EventRow[]; statements?: QuoteRow[]; empty: string }) {
  if (!events.length && !statements.length) return <p className="empty">{empty}</p>;
  const items: ({ kind: 'event'; date: string; e: EventRow } | { kind: 'quote'; date: string; q: QuoteRow })[] = [
    ...events.map((e) => ({ kind: 'event' as const, date: e.date ?? '', e })),
    ...statements.map((q) => ({ kind: 'quote' as const, date: q.date ?? '', q })),
  ].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <ol className="timeline">
      {items.map((item) => item.kind === 'quote' ? (
        <li key={`q${item.q.id}`} className="statement">
          <time dateTime={item.q.date ?? undefined}>{item.q.date ?? 'undated'}</time>
          <span className="etype said">STATEMENT</span>
          <span className="parties">{item.q.speaker}</span>
          <blockquote className="sentence">“{item.q.text}”</blockquote>
          <a className="sub" href={href(['doc', item.q.documentId], { at: String(item.q.start) })}>source document ({item.q.documentId})</a>
        </li>
      ) : (
        <li key={item.e.id}>
          <time dateTime={item.e.date ?? undefined}>{item.e.date ?? 'undated'}</time>
          <span className={`etype t-${item.e.type}`}>{item.e.type}{item.e.mode ? ` · ${item.e.mode}` : ''}</span>
          <span className="parties">
            {item.e.source.map((s, j) => (
              <span key={j}>{j ? ', ' : ''}<Party p={s} /></span>
            ))}
            {item.e.target.length ? ' → ' : ''}
            {item.e.target.map((t, j) => (
              <span key={j}>{j ? ', ' : ''}<Party p={t} /></span>
            ))}
          </span>
          <blockquote className="sentence">{item.e.sentence}</blockquote>
          <a className="sub" href={href(['doc', item.e.documentId], { at: String(item.e.start) })}>source document ({item.e.documentId})</a>
        </li>
      ))}
    </ol>
  );
}
