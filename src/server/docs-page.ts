/**
 * A readable page for /docs, rendered on the server from the OpenAPI document: no script,
 * no third-party viewer, every string escaped.
 */
interface Schema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string }>;
  security?: unknown[];
}
export interface OpenApiDoc {
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
}

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function describeSchema(s: Schema | undefined): string {
  if (!s) return '';
  const parts = [Array.isArray(s.type) ? s.type.join('|') : (s.type ?? 'any')];
  if (s.enum) parts.push(`one of ${s.enum.map(String).join(', ')}`);
  if (s.pattern) parts.push(`pattern ${s.pattern}`);
  if (s.minimum !== undefined || s.maximum !== undefined) parts.push(`${s.minimum ?? ''}..${s.maximum ?? ''}`);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.join('; ');
}

function paramRows(rows: { name: string; where: string; required: boolean; schema?: Schema; description?: string }[]): string {
  if (!rows.length) return '';
  return `<table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows
    .map((r) => `<tr><td><code>${escapeHtml(r.name)}</code>${r.required ? ' <span class="req">required</span>' : ''}</td><td>${escapeHtml(r.where)}</td><td>${escapeHtml(describeSchema(r.schema))}</td><td>${escapeHtml(r.description ?? r.schema?.description ?? '')}</td></tr>`)
    .join('')}</tbody></table>`;
}

export function renderDocsPage(spec: OpenApiDoc): string {
  const sections: string[] = [];
  const toc: string[] = [];
  for (const [path, methods] of Object.entries(spec.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const anchor = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
      toc.push(`<li><a href="#${escapeHtml(anchor)}"><span class="m m-${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> ${escapeHtml(path)}</a></li>`);
      const params = (op.parameters ?? []).map((p) => ({ name: p.name, where: p.in, required: Boolean(p.required), schema: p.schema, description: p.description }));
      const body = op.requestBody?.content?.['application/json']?.schema;
      const bodyRows = Object.entries(body?.properties ?? {}).map(([name, schema]) => ({
        name, where: 'body', required: Boolean(body?.required?.includes(name)), schema, description: schema.description,
      }));
      const responses = Object.entries(op.responses ?? {})
        .map(([code, r]) => `<li><code>${escapeHtml(code)}</code> ${escapeHtml(r.description ?? '')}</li>`)
        .join('');
      sections.push(`<section id="${escapeHtml(anchor)}">
<h2><span class="m m-${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h2>
${op.summary ? `<p class="summary">${escapeHtml(op.summary)}</p>` : ''}
${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
${op.security?.length ? '<p class="auth">Needs the server token: <code>Authorization: Bearer TOKEN</code></p>' : ''}
${paramRows([...params, ...bodyRows])}
${responses ? `<h3>Responses</h3><ul>${responses}</ul>` : ''}
</section>`);
    }
  }
  const title = spec.info?.title ?? 'API';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — HTTP API</title><link rel="stylesheet" href="/docs.css"><link rel="icon" href="data:,"></head>
<body><a class="skip" href="#content">Skip to content</a>
<header><a href="/">${escapeHtml(title)}</a> · HTTP API ${escapeHtml(spec.info?.version ?? '')} · <a href="/openapi.json">openapi.json</a></header>
<main id="content"><h1>${escapeHtml(title)} HTTP API</h1>
<p>${escapeHtml(spec.info?.description ?? '')}</p>
<p>Errors are JSON: <code>{"statusCode": 400, "error": "Bad Request", "message": "..."}</code>. Lists page with keyset cursors: pass the <code>next</code> value of one page as <code>cursor</code> to get the next.</p>
<nav aria-label="Endpoints"><ul class="toc">${toc.join('')}</ul></nav>
${sections.join('\n')}
</main></body></html>`;
}

export const DOCS_CSS = `body{font-family:system-ui,sans-serif;margin:0;color:#1d1f22;background:#fbfaf7;line-height:1.5}
header{padding:10px 20px;border-bottom:1px solid #d9d6cf;background:#fff}main{max-width:1000px;margin:0 auto;padding:16px 20px 48px}
a{color:#1f5fa8}:focus-visible{outline:3px solid #c2410c;outline-offset:2px}.skip{position:absolute;top:-40px;left:8px}.skip:focus{top:8px;background:#fff}
section{border-top:1px solid #d9d6cf;padding:8px 0}h2{font-size:1.1rem}.summary{font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;border-bottom:1px solid #e5e2db;padding:4px 6px;vertical-align:top}
.m{display:inline-block;min-width:3.5em;font-size:.75rem;font-weight:700;padding:1px 6px;border-radius:4px;background:#dbeafe;color:#1e3a8a;text-align:center}
.m-post{background:#dcfce7;color:#14532d}.req{color:#b91c1c;font-size:.75rem}.auth{color:#92400e}.toc{columns:2;list-style:none;padding:0}
@media (max-width:700px){.toc{columns:1}}`;
