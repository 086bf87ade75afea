import { parseArgs } from 'node:util';
import type { ActorDetail, ActorKind, ActorRow } from '../../store/store.js';
import { palette } from '../color.js';
import { UsageError, type Command, type CommandIO } from '../command.js';
import { allPages, parseCommon, printListing, type Listing } from '../format/listing.js';
import { DB_HELP, DB_OPTION, openStoreFor } from '../format/store-arg.js';
import { renderTable, terminalWidth, type Column } from '../format/table.js';

const KINDS: readonly ActorKind[] = ['person', 'organization', 'place'];

const usage = `Usage: readout actors [options] [NAME]

People, organisations and places across the whole store, most documents first. The same
person written differently in different documents (Aleksandr / Alexander Lukashenko) is
one actor. With a NAME that matches one actor best, shows that actor: roles over time,
countries, spellings and recent documents.

Options:
${DB_HELP}
  --kind K       person, organization or place
  --country ISO3 only actors of this country
  --list         always list, even when NAME matches one actor best
  --id ID        show this actor
  --limit N      rows per page (default 20)
  --cursor C     the next page
  --all          every actor
  --format F     table (default), json, jsonl, csv or tsv

Examples:
  readout actors
  readout actors --kind person --country BLR
  readout actors Lukashenko
  readout actors --all --format csv > actors.csv`;

const listing: Listing<ActorRow> = {
  columns: [
    { header: 'ID', value: (a) => a.id, right: true },
    { header: 'NAME', value: (a) => a.name, flex: true },
    { header: 'KIND', value: (a) => a.kind },
    { header: 'COUNTRY', value: (a) => a.country ?? '' },
    { header: 'TITLE', value: (a) => a.title ?? '', flex: true },
    { header: 'DOCS', value: (a) => a.documents, right: true },
    { header: 'MENTIONS', value: (a) => a.mentions, right: true },
    { header: 'FIRST', value: (a) => a.firstDate ?? '' },
    { header: 'LAST', value: (a) => a.lastDate ?? '' },
  ],
  flat: [
    { header: 'id', value: (a) => a.id },
    { header: 'kind', value: (a) => a.kind },
    { header: 'name', value: (a) => a.name },
    { header: 'country', value: (a) => a.country },
    { header: 'sector', value: (a) => a.sector },
    { header: 'title', value: (a) => a.title },
    { header: 'documents', value: (a) => a.documents },
    { header: 'mentions', value: (a) => a.mentions },
    { header: 'first_date', value: (a) => a.firstDate },
    { header: 'last_date', value: (a) => a.lastDate },
  ],
  json: (a) => a,
};

function printDetail(io: CommandIO, a: ActorDetail): void {
  const c = palette(io.stdout);
  const width = terminalWidth(io.stdout as { isTTY?: boolean; columns?: number });
  const out: string[] = [];
  out.push(`${c.bold(a.name)}  ${c.dim(`actor ${a.id} · ${a.kind}`)}`);
  const facts = [a.title, a.country, a.sector].filter((x): x is string => Boolean(x)).join(' · ');
  if (facts) out.push(facts);
  out.push(`${a.documents} documents, ${a.mentions} mentions${a.firstDate ? `, ${a.firstDate} – ${a.lastDate ?? ''}` : ''}`);
  if (a.roles.length > 0) {
    out.push('', c.bold('Roles over time'));
    out.push(renderTable(a.roles, [
      { header: 'TITLE', value: (r) => r.title, flex: true },
      { header: 'FROM', value: (r) => r.from ?? '' },
      { header: 'TO', value: (r) => r.to ?? '' },
      { header: 'DOCS', value: (r) => r.documents, right: true },
    ], width).trimEnd());
  }
  if (a.countries.length > 0) out.push('', `${c.bold('Countries')}  ${a.countries.map((x) => `${x.country} (${x.documents})`).join(', ')}`);
  if (a.names.length > 1) out.push('', `${c.bold('Written as')}  ${a.names.map((x) => `${x.name} (${x.documents})`).join(', ')}`);
  if (a.recentDocuments.length > 0) {
    out.push('', c.bold('Recent documents'));
    const docColumns: Column<ActorDetail['recentDocuments'][number]>[] = [
      { header: 'DATE', value: (d) => d.date ?? '' },
      { header: 'ID', value: (d) => d.id, max: 36 },
      { header: 'AS', value: (d) => d.titleInDocument ?? '', flex: true, max: 40 },
    ];
    // Plain-text documents often have no title: leave out an empty column.
    if (a.recentDocuments.some((d) => d.title)) docColumns.push({ header: 'TITLE', value: (d) => d.title ?? '', flex: true });
    out.push(renderTable(a.recentDocuments, docColumns, width).trimEnd());
  }
  io.stdout.write(`${out.join('\n')}\n`);
}

export const actorsCommand: Command = {
  name: 'actors',
  summary: 'people, organisations and places across documents; one actor with roles over time',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...DB_OPTION,
        kind: { type: 'string' }, country: { type: 'string' }, list: { type: 'boolean', default: false }, id: { type: 'string' },
        limit: { type: 'string' }, cursor: { type: 'string' }, all: { type: 'boolean', default: false }, format: { type: 'string' },
      },
    });
    if (values.kind !== undefined && !KINDS.includes(values.kind as ActorKind)) {
      throw new UsageError(`--kind must be one of ${KINDS.join(', ')}; found "${values.kind}"`);
    }
    const p = parseCommon({ country: values.country, limit: values.limit, cursor: values.cursor, all: values.all, format: values.format });
    const name = positionals.join(' ').trim() || null;
    const store = await openStoreFor(values.db);
    try {
      const filter = { name, kind: (values.kind as ActorKind | undefined) ?? null, country: p.filter.country, limit: p.limit, cursor: p.filter.cursor };
      let detailId = values.id ?? null;
      if (!detailId && name && !values.list && !values.all) {
        const top = await store.listActors({ ...filter, limit: 2 });
        // One clear match (or a first match with many more documents than the next) is shown in full.
        const [first, second] = top.items;
        if (first && (!second || first.documents >= 3 * second.documents)) detailId = first.id;
      }
      if (detailId) {
        const detail = await store.getActor(detailId);
        if (!detail) {
          io.stderr.write(`readout actors: no actor ${detailId} in ${store.location}\n`);
          return 1;
        }
        if (p.format === 'table') printDetail(io, detail);
        else io.stdout.write(`${JSON.stringify(detail, null, 2)}\n`);
        return 0;
      }
      await printListing(io, p, listing, () => store.listActors(filter), () => allPages((cursor) => store.listActors({ ...filter, cursor, limit: 500 }), filter.cursor), name ? `no actor matches "${name}"` : 'no actors stored yet');
      return 0;
    } finally {
      await store.close();
    }
  },
};
