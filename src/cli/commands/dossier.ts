import { parseArgs } from 'node:util';
import { isValidIsoDate } from '../../ingest/header.js';
import { buildDossier, DossierInputError, PartyError, renderHtml, renderMarkdown, renderText } from '../../dossier/index.js';
import { palette } from '../color.js';
import { UsageError, type Command } from '../command.js';
import { terminalWidth } from '../format/table.js';
import { DB_HELP, DB_OPTION, openStoreFor } from '../format/store-arg.js';

const FORMATS = ['text', 'json', 'markdown', 'html'];

const usage = `Usage: readout dossier PARTY_A PARTY_B [options]

Everything the store holds between two parties over time: the meetings, calls, visits and
other events between them, the figures they report (each at the period it refers to), the
commitments they made and whether later documents show them kept, and what each side said
about the other. Every item names its document and the offsets of its words.

A party is a country ("Belarus", "BLR", "BY"), a region ("Irkutsk Oblast", "Irkutsk Region"),
a city, a person or an organisation, by any name the lexicons or the store know. A country
takes in its regions, officials and bodies; a region its governor and bodies. When a name
fits several parties the command lists them; choose one with a prefix: "region:NAME",
"city:NAME", "country:CODE", "person:NAME" or "actor:ID" (ids from "readout actors").

Options:
${DB_HELP}
  --from D       show items from this date (YYYY-MM-DD); statuses still read later documents
  --to D         show items up to this date (inclusive)
  --format F     text (default), json, markdown or html

Examples:
  readout dossier Belarus "Irkutsk Oblast"
  readout dossier BY "Irkutsk Region" --from 2021-01-01 --format markdown > dossier.md
  readout dossier Lukashenko "region:Irkutsk Oblast" --format html > dossier.html`;

function date(value: string | undefined, flag: string): string | null {
  if (value === undefined) return null;
  if (!isValidIsoDate(value)) throw new UsageError(`${flag} wants a date as YYYY-MM-DD, found "${value}"`);
  return value;
}

export const dossierCommand: Command = {
  name: 'dossier',
  summary: 'everything between two parties: timeline, figures, commitments kept or not, voices',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...DB_OPTION, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' } },
    });
    if (positionals.length !== 2) throw new UsageError(`wants two parties, found ${positionals.length}${positionals.length ? ` (${positionals.map((p) => `"${p}"`).join(', ')})` : ''}`);
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; found "${format}"`);
    const from = date(values.from, '--from');
    const to = date(values.to, '--to');
    const store = await openStoreFor(values.db);
    try {
      const dossier = await buildDossier(store, positionals[0]!, positionals[1]!, { from, to });
      if (format === 'json') io.stdout.write(`${JSON.stringify(dossier, null, 2)}\n`);
      else if (format === 'markdown') io.stdout.write(renderMarkdown(dossier));
      else if (format === 'html') io.stdout.write(renderHtml(dossier));
      else io.stdout.write(renderText(dossier, palette(io.stdout), terminalWidth(io.stdout)));
      return 0;
    } catch (error) {
      if (error instanceof PartyError || error instanceof DossierInputError) {
        io.stderr.write(`readout dossier: ${error.message}\n`);
        if (error instanceof PartyError && error.candidates.length > 0) {
          io.stderr.write(`choose one:\n${error.candidates.map((c) => `  readout dossier ... "${c.choose}"   ${c.name} (${c.kind}${c.country ? `, ${c.country}` : ''}${c.documents !== null ? `, ${c.documents} document(s)` : ''})`).join('\n')}\n`);
        }
        return 1;
      }
      throw error;
    } finally {
      await store.close();
    }
  },
};
