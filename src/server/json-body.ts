/**
 * The JSON body parser: the same rules as Fastify's own (no "__proto__", no
 * "constructor.prototype": keys that could change the prototype of objects built from the
 * body), but with messages that say which rule was broken and where, and never repeat the
 * body back.
 */
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './errors.js';

/** The path of the first forbidden key in a parsed body ("__proto__", or "prototype" under "constructor"), or null. */
export function forbiddenKey(value: unknown): string | null {
  // Iterative: a body nested a hundred thousand levels deep must not overflow the stack.
  const stack: Array<{ node: unknown; path: string }> = [{ node: value, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      const here = path ? `${path}.${key}` : key;
      if (key === '__proto__') return here;
      const child = (node as Record<string, unknown>)[key];
      if (key === 'constructor' && child !== null && typeof child === 'object' && Object.prototype.hasOwnProperty.call(child, 'prototype')) {
        return `${here}.prototype`;
      }
      stack.push({ node: child, path: here.length > 200 ? `${here.slice(0, 200)}…` : here });
    }
  }
  return null;
}

/** Where JSON.parse gave up, from its message, without the snippet of body it may quote. */
function where(message: string): string {
  const m = /at position (\d+)/.exec(message);
  if (m) return ` at character ${m[1]}`;
  if (/end of JSON input/i.test(message)) return ': it ends too early';
  return '';
}

export function parseJsonBody(body: string): unknown {
  if (body.length === 0) throw new HttpProblem(400, 'the JSON body is empty; send an object such as {"text": "..."}');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new HttpProblem(400, `the body is not valid JSON${where((error as Error).message)}; send an object such as {"text": "..."}`);
  }
  const key = forbiddenKey(parsed);
  if (key !== null) {
    throw new HttpProblem(400, `forbidden key "${key.length > 80 ? `${key.slice(0, 80)}…` : key}" in the JSON body: keys named "__proto__" (or "prototype" under "constructor") are refused; remove it and send the body again`);
  }
  return parsed;
}

export function installJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
