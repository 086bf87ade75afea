/**
 * The characters the words of a list start with. Most tokens of a text start with none of the
 * characters a short list of forms does ("JSC", "Ltd", "GmbH" start with capitals), so a rule
 * asked for every token passes those over on one array read instead of a hash look-up.
 * `mayStart(w)` is false only when no listed word starts like `w`; the list still decides.
 */
export class FirstChars {
  private readonly ascii = new Uint8Array(128);
  private nonAscii = false;
  private empty = false;

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w === '') this.empty = true;
      else if (w.charCodeAt(0) < 128) this.ascii[w.charCodeAt(0)] = 1;
      else this.nonAscii = true;
    }
  }

  mayStart(word: string): boolean {
    if (word === '') return this.empty;
    const c = word.charCodeAt(0);
    return c < 128 ? this.ascii[c] === 1 : this.nonAscii;
  }
}
