import { useEffect, useRef } from 'react';
import { href, useRoute } from './router.js';
import { ActorView, ActorsIndex } from './views/ActorView.js';
import { DocumentView } from './views/DocumentView.js';
import { DossierView } from './views/DossierView.js';
import { ExtractView } from './views/ExtractView.js';
import { FiguresView } from './views/FiguresView.js';
import { RelationsView } from './views/RelationsView.js';
import { SearchView } from './views/SearchView.js';
import { StatusView } from './views/StatusView.js';

const NAV = [
  { section: 'search', label: 'Search' },
  { section: 'actors', label: 'Actors' },
  { section: 'relations', label: 'Relations' },
  { section: 'dossier', label: 'Dossier' },
  { section: 'figures', label: 'Figures' },
  { section: 'extract', label: 'Read a text' },
  { section: 'status', label: 'Status' },
] as const;

export function App() {
  const route = useRoute();
  const [section = 'search', arg] = route.path;
  const main = useRef<HTMLElement>(null);

  // After navigation, move focus to the new page so keyboard and screen-reader users start there.
  // Comparing with the previous path (not counting renders) keeps the first load untouched.
  const pathKey = route.path.join('/');
  const previous = useRef(pathKey);
  useEffect(() => {
    if (previous.current === pathKey) return;
    previous.current = pathKey;
    if (!route.params.get('at')) main.current?.focus({ preventScroll: false });
    if (section !== 'doc' && section !== 'actor') document.title = 'Readout';
  }, [pathKey]); // eslint-disable-line react-hooks/exhaustive-deps

  let view;
  if (section === 'doc' && arg) {
    const at = Number.parseInt(route.params.get('at') ?? '', 10);
    view = <DocumentView key={arg} id={arg} at={Number.isFinite(at) ? at : null} />;
  } else if (section === 'actor' && arg) view = <ActorView key={arg} actorKey={arg} />;
  else if (section === 'actors') view = <ActorsIndex params={route.params} />;
  else if (section === 'relations') view = <RelationsView params={route.params} />;
  else if (section === 'dossier') view = <DossierView params={route.params} />;
  else if (section === 'figures') view = <FiguresView params={route.params} />;
  else if (section === 'extract') view = <ExtractView />;
  else if (section === 'status') view = <StatusView />;
  else view = <SearchView params={route.params} />;

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        main.current?.focus();
      }}>Skip to content</a>
      <header className="top">
        <a className="brand" href={href(['search'])}>Readout</a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.section}>
                <a href={href([n.section])} aria-current={section === n.section ? 'page' : undefined}>{n.label}</a>
              </li>
            ))}
            <li><a href="/docs">API</a></li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {view}
      </main>
    </>
  );
}
