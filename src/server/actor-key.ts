import type { ActorType } from './api-types.js';

/**
 * Actor ids inside a record are local to one document. The document view links to an
 * actor page by type and name ("person:Aleksandr Lukashenko"); the server resolves such a
 * key to the store's cross-document actor (numeric ids are used as they are).
 */
export function actorKey(type: ActorType, name: string): string {
  return `${type}:${name}`;
}

export function parseActorKey(key: string): { type: ActorType; name: string } | null {
  const m = /^(person|organization|place):(.+)$/s.exec(key);
  return m ? { type: m[1] as ActorType, name: m[2]!.trim() } : null;
}
