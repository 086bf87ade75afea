import { useState, type FormEvent } from 'react';
import type { ExtractRecord } from '../../../src/record/types.js';
import { DocumentBody } from './DocumentView.js';

/** Paste a press release and see what Readout reads from it, without storing anything. */
export function ExtractView() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ text: string; record: ExtractRecord } | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const res = await fetch('/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
      const body = (await res.json()) as ExtractRecord & { message?: string };
      if (!res.ok) throw new Error(body.message ?? res.statusText);
      setResult({ text, record: body });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="extract">
      <h1>Read a text</h1>
      <form onSubmit={submit}>
        <label htmlFor="x-text">Press release text (optionally starting with a line “date YYYY-MM-DD Source: NAME”)</label>
        <textarea id="x-text" rows={10} value={text} onChange={(e) => setText(e.target.value)} required />
        <button type="submit" disabled={busy || !text.trim()}>{busy ? 'Reading…' : 'Extract'}</button>
      </form>
      {error ? <p role="alert" className="error">{error}</p> : null}
      {result ? <DocumentBody text={result.text} record={result.record} explanations={[]} /> : null}
    </div>
  );
}
