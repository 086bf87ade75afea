import { openStore } from './src/store/open.js';
import { buildDossier } from './src/dossier/build.js';
const [db, a, b] = process.argv.slice(2);
const store = await openStore(db!);
try {
  const d = await buildDossier(store, a!, b!);
  console.log(JSON.stringify(d, (k, v) => (k === 'sentence' || k === 'names' ? undefined : v), 1));
} catch (e) { console.error(String(e)); }
await store.close();
