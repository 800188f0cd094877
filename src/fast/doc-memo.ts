// Per-document memo slots, shared by every module that derives data from a document.

const SLOTS = Symbol("translint.docMemo");
let nextSlot = 0;
type Slotted = { [SLOTS]?: unknown[] };

/**
 * Data derived from a document, remembered for the document's lifetime: like a WeakMap<Doc, T>, but kept on the Doc
 * itself (one non-enumerable array for all memos), since WeakMap entries make V8's young-generation collections
 * several times slower.
 */
export class DocMemo<T> {
  private readonly slot = nextSlot++;
  private readonly fallback = new WeakMap<object, T>();

  /** The value remembered for `doc`, if any. */
  get(doc: object): T | undefined {
    const slots = (doc as Slotted)[SLOTS];
    return slots ? (slots[this.slot] as T | undefined) : this.fallback.get(doc);
  }

  /** Remembers `value` for `doc`. */
  set(doc: object, value: T): void {
    let slots = (doc as Slotted)[SLOTS];
    if (!slots) {
      if (!Object.isExtensible(doc)) {
        this.fallback.set(doc, value);
        return;
      }
      slots = [];
      Object.defineProperty(doc, SLOTS, { value: slots });
    }
    slots[this.slot] = value;
  }
}
