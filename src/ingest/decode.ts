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
const utf8Lenient = new TextDecoder('utf-8', { fatal: false });

/** What a UTF-8 reading of some bytes would meet: well-formed multi-byte characters, and broken sequences. */
export interface Utf8Scan {
  /** Well-formed characters of two to four bytes. */
  valid: number;
  /** Ill-formed sequences, each of which a decoder replaces with one U+FFFD. */
  bad: number;
  /** Byte offsets of the first few ill-formed sequences. */
  firstBad: number[];
}

/** One linear pass, counting sequences the way the WHATWG decoder does (maximal subparts). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { valid: 0, bad: 0, firstBad: [] };
  const n = bytes.length;
  let i = 0;
  const badAt = (at: number) => {
    scan.bad++;
    if (scan.firstBad.length < 5) scan.firstBad.push(at);
  };
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      badAt(i);
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < n ? bytes[j]! : -1;
      if (c < (k === 0 ? lo : 0x80) || c > (k === 0 ? hi : 0xbf)) {
        ok = false;
        break;
      }
    }
    if (ok) {
      scan.valid++;
      i = j;
    } else {
      // The bytes read so far form one broken sequence; the byte that broke it is read afresh.
      badAt(i);
      i = j;
    }
  }
  return scan;
}

/**
 * Whether bytes that are not valid UTF-8 are text in a legacy encoding (windows-1251, -1252,
 * ...) rather than UTF-8 with a few damaged bytes. In a legacy text nearly every non-ASCII
 * byte breaks UTF-8; in a damaged UTF-8 text most multi-byte characters are well formed. One
 * stray byte never decides: it takes at least two broken sequences, outnumbering the good ones.
 */
export function looksLegacy(scan: Utf8Scan): boolean {
  return scan.bad >= 2 && scan.bad > scan.valid;
}

function hexByte(b: number | undefined): string {
  return `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
}

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
 * Bytes -> text. UTF-8 first (with or without BOM); UTF-16 by BOM; the encoding a declared
 * charset names; UTF-8 with each broken sequence read as U+FFFD when most non-ASCII
 * characters are well formed (a warning gives the offset); otherwise chardet's guess
 * (windows-1251 and friends), with a warning.
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
    const scan = scanUtf8(bytes);
    if (!looksLegacy(scan)) {
      let text = utf8Lenient.decode(bytes);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const first = scan.firstBad[0]!;
      const warning = scan.bad === 1
        ? `byte ${first} (${hexByte(bytes[first])}) is not valid UTF-8; it was read as U+FFFD (\ufffd)`
        : `${scan.bad} byte sequences are not valid UTF-8, the first at byte ${first} (${hexByte(bytes[first])}); each was read as U+FFFD (\ufffd)`;
      return { text, encoding: 'utf-8', warning };
    }
    const guess = chardet.detect(bytes);
    const encoding = guess && iconv.encodingExists(guess) && !/^utf-?8$/i.test(guess) ? guess.toLowerCase() : 'windows-1252';
    return {
      text: iconv.decode(Buffer.from(bytes), encoding),
      encoding,
      warning: `not valid UTF-8; decoded as ${encoding} (${guess ? 'detected' : 'fallback'}: ${scan.bad} of ${scan.bad + scan.valid} non-ASCII sequences are broken as UTF-8, the first at byte ${scan.firstBad[0]})`,
    };
  }
}
