// Turns CMS payloads (localized fields, rich text) into article text per locale.

/** A Contentful rich-text node (document, block or text). */
interface RichNode {
  nodeType?: string;
  value?: unknown;
  content?: unknown;
}

const INLINE_NODES = new Set(["text", "hyperlink", "entry-hyperlink", "asset-hyperlink", "resource-hyperlink", "inline"]);

/** Flattens Contentful rich text: one paragraph per block (paragraph, heading, list item, quote …). */
export function flattenContentfulRichText(doc: unknown): string {
  const blocks: string[] = [];
  const inline = (node: RichNode): string => {
    if (node.nodeType === "text") return typeof node.value === "string" ? node.value : "";
    return Array.isArray(node.content) ? node.content.map((c) => inline(c as RichNode)).join("") : "";
  };
  const walk = (node: RichNode) => {
    const children = Array.isArray(node.content) ? (node.content as RichNode[]) : [];
    const hasBlockChild = children.some((c) => c && typeof c === "object" && c.nodeType && !INLINE_NODES.has(c.nodeType));
    if (!hasBlockChild && node.nodeType !== "document") {
      const text = inline(node).trim();
      if (text) blocks.push(text);
      return;
    }
    for (const c of children) if (c && typeof c === "object") walk(c);
  };
  if (doc && typeof doc === "object") walk(doc as RichNode);
  return blocks.join("\n\n");
}

/** Flattens Sanity Portable Text: one paragraph per block, spans joined. */
export function flattenPortableText(blocks: unknown[]): string {
  return blocks
    .map((b) => {
      const block = b as { _type?: string; children?: { text?: unknown }[] };
      if (block?._type !== "block" || !Array.isArray(block.children)) return "";
      return block.children.map((s) => (typeof s?.text === "string" ? s.text : "")).join("").trim();
    })
    .filter(Boolean)
    .join("\n\n");
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
  fields: Record<string, unknown>, sourceLocale: string, targetLocale: string,
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
