import { isValidIsoDate } from './header.js';

export interface JsonlItem {
  id: string;
  text: string;
  date: string | null;
  source: string | null;
  title: string | null;
  url: string | null;
}

export type JsonlResult = { ok: true; item: JsonlItem } | { ok: false; problems: string[] };

const optionalString = (obj: Record<string, unknown>, key: string, problems: string[]): string | null => {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') {
    problems.push(`"${key}" should be a string, found ${typeof v}`);
    return null;
  }
  return v;
};

/** Validates one JSONL line and reports every problem in it at once. */
export function parseJsonlLine(line: string): JsonlResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON (${(error as Error).message})`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [`expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}`] };
  }
  const obj = value as Record<string, unknown>;
  const problems: string[] = [];
  let id: string | null = null;
  if (typeof obj.id === 'string' && obj.id.length > 0) id = obj.id;
  else if (typeof obj.id === 'number') id = String(obj.id);
  else if (obj.id !== undefined) problems.push(`"id" should be a non-empty string, found ${JSON.stringify(obj.id)}`);
  let text = '';
  if (typeof obj.text !== 'string') problems.push(obj.text === undefined ? '"text" is missing' : `"text" should be a string, found ${typeof obj.text}`);
  else if (obj.text.trim() === '') problems.push('"text" is empty');
  else text = obj.text;
  const date = optionalString(obj, 'date', problems);
  let normalisedDate: string | null = null;
  if (date !== null) {
    const d = date.slice(0, 10);
    if (isValidIsoDate(d)) normalisedDate = d;
    else problems.push(`"date" should be YYYY-MM-DD, found ${JSON.stringify(date)}`);
  }
  const source = optionalString(obj, 'source', problems);
  const title = optionalString(obj, 'title', problems);
  const url = optionalString(obj, 'url', problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, item: { id: id ?? '', text, date: normalisedDate, source, title, url } };
}
