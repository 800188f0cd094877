// Turns CMS payloads (localized fields, rich text) into article text per locale.

/** A Contentful rich-text node (document, block or text). */
interface RichNode {
  nodeType?: string;
  value?: unknown;
  content?: unknown;
}

const INLINE_NODES = new Set(["text", "hyperlink", "entry-hyperlink", "asset-hyperlink", "resource-hyperlink", "inline"]);

/** The children of a rich-text node that are objects (anything else holds no text). */
function childrenOf(node: RichNode): RichNode[] {
  if (!Array.isArray(node.content)) return [];
  return node.content.filter((c): c is RichNode => !!c && typeof c === "object");
}

/** Whether a node is a block (paragraph, heading, list, quote …) rather than inline content. */
function isBlock(node: RichNode): boolean {
  return typeof node.nodeType === "string" && node.nodeType !== "" && !INLINE_NODES.has(node.nodeType);
}

/** The text of a node's inline content, in document order; iterative, so any depth is safe. */
function inlineText(root: RichNode): string {
  let out = "";
  const stack: RichNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as RichNode;
    if (node.nodeType === "text") {
      if (typeof node.value === "string") out += node.value;
      continue;
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

/**
 * Flattens Contentful rich text: one paragraph per innermost block (paragraph, heading, list item, quote …).
 * Walks with an explicit stack, so rich text nested thousands of levels deep is flattened, never a stack overflow.
 */
export function flattenContentfulRichText(doc: unknown): string {
  const blocks: string[] = [];
  const stack: RichNode[] = doc && typeof doc === "object" ? [doc as RichNode] : [];
  while (stack.length > 0) {
    const node = stack.pop() as RichNode;
    const children = childrenOf(node);
    if (node.nodeType !== "document" && !children.some(isBlock)) {
      const text = inlineText(node).trim();
      if (text) blocks.push(text);
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return blocks.join("\n\n");
}

/** The text of one Portable Text block (its spans joined), or undefined for anything that is not a text block. */
function blockText(item: object): string | undefined {
  const block = item as { _type?: unknown; children?: unknown };
  if (block._type !== "block" || !Array.isArray(block.children)) return undefined;
  return block.children
    .map((s) => (s && typeof (s as { text?: unknown }).text === "string" ? (s as { text: string }).text : ""))
    .join("")
    .trim();
}

/**
 * Flattens Sanity Portable Text: one paragraph per text block, spans joined. Blocks inside custom objects
 * (callouts, quotes …: any Portable Text array of the object) are taken in place, with an explicit stack, so
 * nesting thousands of levels deep is flattened, never a stack overflow.
 */
export function flattenPortableText(blocks: unknown[]): string {
  const out: string[] = [];
  const stack: unknown[] = [...blocks].reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item !== "object" || Array.isArray(item)) continue;
    const text = blockText(item);
    if (text !== undefined) {
      if (text) out.push(text);
      continue;
    }
    const nested = Object.values(item).filter(isPortableText);
    for (let i = nested.length - 1; i >= 0; i--) for (let j = nested[i].length - 1; j >= 0; j--) stack.push(nested[i][j]);
  }
  return out.join("\n\n");
}

/** Whether a value is Contentful rich text. */
function isRichText(v: unknown): boolean {
  return !!v && typeof v === "object" && (v as RichNode).nodeType === "document";
}

/** Whether a value is Portable Text (an array of blocks). */
function isPortableText(v: unknown): v is unknown[] {
  return Array.isArray(v) && v.length > 0 && v.every((b) => !!b && typeof b === "object" && "_type" in (b as object));
}

/** Text of one field value (string, rich text, Portable Text), or "" when it holds no text. */
export function fieldText(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (isRichText(v)) return flattenContentfulRichText(v);
  if (isPortableText(v)) return flattenPortableText(v);
  return "";
}

/**
 * Builds the article of one locale from localized fields (`{field: {locale: value}}`): every text field, in
 * field-name order, as paragraphs. Fields missing in either locale are skipped so both sides line up.
 */
export function articleFromLocalizedFields(
  fields: Record<string, unknown>,
  sourceLocale: string,
  targetLocale: string,
): { source: string; target: string; fields: string[] } {
  const source: string[] = [];
  const target: string[] = [];
  const used: string[] = [];
  for (const name of Object.keys(fields).sort()) {
    const byLocale = fields[name];
    if (!byLocale || typeof byLocale !== "object" || Array.isArray(byLocale)) continue;
    const s = fieldText((byLocale as Record<string, unknown>)[sourceLocale]);
    const t = fieldText((byLocale as Record<string, unknown>)[targetLocale]);
    if (!s || !t) continue;
    source.push(s);
    target.push(t);
    used.push(name);
  }
  return { source: source.join("\n\n"), target: target.join("\n\n"), fields: used };
}
