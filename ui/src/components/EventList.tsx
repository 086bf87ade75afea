import type { EventRow } from '../../../src/server/api-types.js';
import { href } from '../router.js';

function Party({ p }: { p: EventRow['source'][number] }) {
  return p.actorId ? <a href={href(['actor', p.actorId])}>{p.name}</a> : <span>{p.name}</span>;
}

/** Events in date order, each with the sentence it was read from and a link to its document. */
export function EventList({ events, empty }: { events: EventRow[]; empty: string }) {
  if (!events.length) return <p className="empty">{empty}</p>;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.date ?? undefined}>{e.date ?? 'undated'}</time>
          <span className={`etype t-${e.type}`}>{e.type}{e.mode ? ` · ${e.mode}` : ''}</span>
          <span className="parties">
            {e.source.map((s, j) => (
              <span key={j}>{j ? ', ' : ''}<Party p={s} /></span>
            ))}
            {e.target.length ? ' → ' : ''}
            {e.target.map((t, j) => (
              <span key={j}>{j ? ', ' : ''}<Party p={t} /></span>
            ))}
          </span>
          <blockquote className="sentence">{e.sentence}</blockquote>
          <a className="sub" href={href(['doc', e.documentId], { at: String(e.start) })}>source document ({e.documentId})</a>
        </li>
      ))}
    </ol>
  );
}
