/**
 * Keyset cursors: the sort key of the last row of a page, base64url-encoded so callers
 * treat it as opaque. A bad cursor is a caller error with a clear message.
 */
export interface CursorKey {
  d: string;
  id: number;
}

export class BadCursorError extends Error {
  constructor(cursor: string) {
    super(`not a valid page cursor: ${JSON.stringify(cursor.slice(0, 40))}; pass back the nextCursor of a previous page`);
    this.name = 'BadCursorError';
  }
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.d, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Number.isInteger(value[1])) {
      return { d: value[0], id: value[1] as number };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadCursorError(cursor);
}
