// Per-document memo slots, shared by every module that derives data from a document.

let nextSlot = 0;
/** An object that carries its own memo slots: a `Doc` (src/segment/document.ts) starts with `memos: []`. */
type WithSlots = { readonly memos?: unknown[] };

/**
 * Data derived from a document, remembered for the document's lifetime: like a WeakMap<Doc, T>, but kept in the
 * Doc's own `memos` array (one slot per DocMemo), since WeakMap entries make V8's young-generation collections
 * several times slower. An object without `memos` (a bare `{ text }`) is remembered in a WeakMap.
 */
export class DocMemo<T> {
  private readonly slot = nextSlot++;
  private readonly fallback = new WeakMap<object, T>();

  /** The value remembered for `doc`, if any. */
  get(doc: object): T | undefined {
    const slots = (doc as WithSlots).memos;
    return slots ? (slots[this.slot] as T | undefined) : this.fallback.get(doc);
  }

  /** Remembers `value` for `doc`. */
  set(doc: object, value: T): void {
    const slots = (doc as WithSlots).memos;
    if (slots) slots[this.slot] = value;
    else this.fallback.set(doc, value);
  }
}
