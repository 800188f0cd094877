import { charLabel, describeChar, INVISIBLE_RUN } from "../../rules/lib/invisible";

/** A text split into plain runs and the invisible characters between them (each with its label and name). */
export type VisiblePart = string | { label: string; title: string };

/**
 * Splits a text so that every invisible character (bidi controls, zero-width characters, soft hyphens, other
 * controls) becomes a visible part: the page shows a labelled mark instead of the character, so a bidi control
 * can no longer reorder what the reviewer sees.
 */
export function visibleParts(text: string): VisiblePart[] {
  const out: VisiblePart[] = [];
  let last = 0;
  for (const m of text.matchAll(INVISIBLE_RUN)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    for (const ch of m[0]) {
      const cp = ch.codePointAt(0)!;
      out.push({ label: charLabel(cp), title: describeChar(cp) });
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** A text with its invisible characters shown as marks (`<span class="invisible-char">RLO</span>`). */
export function VisibleText(props: { text: string }) {
  return (
    <>
      {visibleParts(props.text).map((p) =>
        typeof p === "string" ? (
          p
        ) : (
          <span class="invisible-char" title={p.title}>
            {p.label}
          </span>
        ),
      )}
    </>
  );
}
