import { useEffect, useState } from 'react';
import { api } from '../api.js';
import { useFetch } from '../useFetch.js';

/** Seconds between two automatic refreshes while the page is open. */
const REFRESH_S = 15;

const rate = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** An ISO time as "2024-03-01 10:00:00 UTC": workers on many machines report in one clock. */
function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 19).replace('T', ' ')} UTC` : '—';
}

function every(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** The store and its job queue, as `readout status` prints them. */
export function StatusView() {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), REFRESH_S * 1000);
    return () => clearInterval(timer);
  }, []);
  const status = useFetch(`status:${tick}`, (s) => api.status(s));
  // Keep the last answer on screen while the next one loads, so the page does not flicker.
  const [last, setLast] = useState<typeof status | null>(null);
  useEffect(() => {
    if (status.state !== 'loading') setLast(status);
  }, [status]);
  const shown = status.state === 'loading' ? last : status;

  return (
    <div className="status-page">
      <h1>Status</h1>
      <p className="summary">
        Refreshed every {REFRESH_S} s. <button type="button" className="secondary" onClick={() => setTick((t) => t + 1)}>Refresh now</button>
      </p>
      {!shown ? <p role="status">Loading the status…</p> : null}
      {shown?.state === 'error' ? <p role="alert" className="error">{shown.message}</p> : null}
      {shown?.state === 'ready' ? (
        <>
          <h2>Store</h2>
          <p data-testid="store-line">
            {shown.data.store.location} ({shown.data.store.backend === 'sqlite' ? 'SQLite' : 'PostgreSQL'}): {shown.data.store.documents} documents,{' '}
            {shown.data.store.versions} versions, {shown.data.store.actors} actors, {shown.data.store.events} events.
          </p>
          <h2>Job queue</h2>
          {shown.data.note ? <p data-testid="queue-note">{shown.data.note}</p> : null}
          {shown.data.queue ? (
            <>
              <table className="table" data-testid="queue-counts">
                <caption>Jobs per queue (schema {shown.data.queue.schema})</caption>
                <thead>
                  <tr><th scope="col">Queue</th><th scope="col">Queued</th><th scope="col">Running</th><th scope="col">Waiting to retry</th><th scope="col">Failed</th><th scope="col">Done</th></tr>
                </thead>
                <tbody>
                  {shown.data.queue.queues.map((q) => (
                    <tr key={q.name}>
                      <th scope="row">{q.label}</th><td>{q.queued}</td><td>{q.running}</td><td>{q.retrying}</td>
                      <td className={q.failed > 0 ? 'error' : undefined}>{q.failed}</td><td>{q.done}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p data-testid="queue-rate">
                Documents done per minute: {shown.data.queue.rate.last1} in the last minute, {rate.format(shown.data.queue.rate.last5)} over 5 minutes,{' '}
                {rate.format(shown.data.queue.rate.last15)} over 15 minutes.
              </p>
              <p className="meta">Per minute over the last 15 minutes, oldest first: {shown.data.queue.perMinute.join(' ')}</p>
              <h3>Last errors</h3>
              {shown.data.queue.lastErrors.length === 0 ? <p>None.</p> : (
                <table className="table" data-testid="queue-errors">
                  <thead><tr><th scope="col">When</th><th scope="col">Queue</th><th scope="col">Input</th><th scope="col">State</th><th scope="col">Error</th></tr></thead>
                  <tbody>
                    {shown.data.queue.lastErrors.map((e, i) => (
                      <tr key={`${e.input}-${i}`}>
                        <td>{when(e.at)}</td><td>{e.queue}</td><td>{e.input}</td>
                        <td>{e.state === 'failed' ? `failed after ${e.attempts} attempts` : `will be tried again (${e.attempts} so far)`}</td>
                        <td>{e.error}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {shown.data.queue.followed.length > 0 ? (
                <>
                  <h3>Followed feeds</h3>
                  <table className="table">
                    <thead><tr><th scope="col">Feed</th><th scope="col">Every</th><th scope="col">Last poll</th><th scope="col">Outcome</th><th scope="col">Items</th></tr></thead>
                    <tbody>
                      {shown.data.queue.followed.map((f) => (
                        <tr key={f.url}>
                          <td>{f.url}</td><td>{every(f.everySeconds)}</td><td>{f.lastPolledAt ? when(f.lastPolledAt) : 'not yet'}</td>
                          <td className={f.lastError ? 'error' : undefined}>{f.lastError ?? f.lastStatus ?? '—'}</td><td>{f.itemsSeen}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
