import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from './errors.js';
import { DEFAULT_MAX_BYTES, tooLarge } from './limits.js';

export interface DecodedText {
  text: string;
  encoding: string;
  /** Set when the bytes were not UTF-8 and had to be guessed. */
  warning: string | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** True when the bytes look like a binary file rather than text in any encoding. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.1;
}

function normaliseEncodingName(name: string): string {
  return name.toLowerCase().replace(/^iso-8859-/, 'iso-8859-').replace(/^windows-/, 'windows-');
}

/**
 * Bytes -> text. UTF-8 first (with or without BOM); UTF-16 by BOM; otherwise the encoding
 * a declared charset names, or chardet's guess (windows-1251 and friends), with a warning.
 */
export function decodeBytes(
  bytes: Uint8Array,
  input: string,
  options: { declaredCharset?: string | null; maxBytes?: number } = {},
): DecodedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new InputError(input, 'empty input: there is no text to read');
  if (bytes.length > maxBytes) {
    throw new InputError(input, tooLarge(bytes.length, maxBytes));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', warning: null };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', warning: null };
  }
  if (looksBinary(bytes)) throw new InputError(input, 'binary data, not text (found NUL or control bytes); give a text, HTML or JSONL file');
  const declared = options.declaredCharset ? normaliseEncodingName(options.declaredCharset) : null;
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared, warning: null };
  }
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, encoding: 'utf-8', warning: null };
  } catch {
    const guess = chardet.detect(bytes);
    const encoding = guess && iconv.encodingExists(guess) && !/^utf-?8$/i.test(guess) ? guess.toLowerCase() : 'windows-1252';
    return {
      text: iconv.decode(Buffer.from(bytes), encoding),
      encoding,
      warning: `not valid UTF-8; decoded as ${encoding}${guess ? ' (detected)' : ' (fallback)'}`,
    };
  }
}
