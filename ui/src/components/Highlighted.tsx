/**
 * Plain text with some words marked, built from React text nodes only (the words come from
 * articles and from what the reader typed; neither may become markup).
 */
export function Highlighted({ text, words }: { text: string; words: readonly string[] }) {
  const wanted = words.map((w) => w.trim()).filter((w) => w.length > 1);
  if (!wanted.length) return <>{text}</>;
  const pattern = new RegExp(`(${wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i} className="hit">{part}</mark> : part))}
    </>
  );
}

/** The words of a search box, without quotes and operators. */
export function queryWords(q: string): string[] {
  return q.replace(/["()]/g, ' ').split(/\s+/).filter((w) => w && !/^(AND|OR|NOT)$/.test(w));
}
