import { useEffect, useState } from 'react';

/**
 * Hash routes (#/doc/ID, #/actor/KEY, #/search?q=...) keep every view a plain link that
 * works from a static file server, with no server-side fallback route.
 */
export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const path = pathPart.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { path, params: new URLSearchParams(queryPart) };
}

export function href(path: string[], params?: Record<string, string | null | undefined>): string {
  const p = path.map(encodeURIComponent).join('/');
  const q = new URLSearchParams();
  if (params) for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const qs = q.toString();
  return `#/${p}${qs ? `?${qs}` : ''}`;
}

export function navigate(path: string[], params?: Record<string, string | null | undefined>): void {
  window.location.hash = href(path, params);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
