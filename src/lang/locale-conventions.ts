// Number conventions of a locale, read from CLDR through Intl (never hand-written): thousands and decimal
// separators and percent spacing. A bare language accepts what any of its regions in rules/<lang>/locale.json writes.
import { languageData, type Locale } from "./locale";

/** Percent spacing: "25%", "25 %" or both accepted. */
export type PercentSpacing = "none" | "space" | "either";

/** The number conventions a target locale accepts. */
export interface NumberConventions {
  /** Accepted thousands separators ("." "," or " " for any space); the first is the one a fix writes. */
  group: string[];
  /** Accepted decimal separators; the first is the one a fix writes. */
  decimal: string[];
  percent: PercentSpacing;
  /** Names the convention for messages: "es-MX (CLDR)", "es (CLDR, any region)". */
  label: string;
}

/** The separators and percent spacing CLDR gives one tag. */
function cldr(tag: string): { group: string; decimal: string; percentSpace: boolean } {
  const parts = new Intl.NumberFormat(tag).formatToParts(12345678.5);
  const raw = parts.find((p) => p.type === "group")?.value ?? ",";
  const group = /\s/.test(raw) ? " " : raw;
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const pct = new Intl.NumberFormat(tag, { style: "percent" }).formatToParts(0.25);
  const at = pct.findIndex((p) => p.type === "percentSign");
  const percentSpace = at > 0 && pct[at - 1].type === "literal" && /\s/.test(pct[at - 1].value);
  return { group, decimal, percentSpace };
}

const CACHE = new Map<string, NumberConventions>();

/** The number conventions of a locale: its region's CLDR data, or the union over its language's regions. */
export function numberConventions(locale: Locale): NumberConventions {
  const key = locale.region ? `${locale.lang}-${locale.region}` : locale.lang;
  let conv = CACHE.get(key);
  if (!conv) {
    conv = build(locale, key);
    CACHE.set(key, conv);
  }
  return conv;
}

function build(locale: Locale, key: string): NumberConventions {
  const data = languageData(locale.lang);
  const tags = locale.region ? [key] : data.regions.map((r) => `${locale.lang}-${r}`);
  const each = tags.map(cldr);
  const group = unique(each.map((c) => c.group));
  const decimal = unique(each.map((c) => c.decimal));
  const spaces = new Set(each.map((c) => c.percentSpace));
  const tolerated = data.tolerate.includes("percentSpace");
  const percent: PercentSpacing = tolerated || spaces.size > 1 ? "either" : spaces.has(true) ? "space" : "none";
  const label = locale.region ? `${key} (CLDR)` : group.length > 1 || decimal.length > 1 ? `${key} (CLDR, any region)` : `${key} (CLDR)`;
  return { group, decimal, percent, label };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** "thousands separator “.”" or "thousands separator “.” or “,”": one convention for a message. */
export function describeSeparators(conv: NumberConventions): string {
  const list = (xs: string[]) => xs.map((x) => (x === " " ? "a space" : `“${x}”`)).join(" or ");
  return `${conv.label}: thousands separator ${list(conv.group)}, decimal separator ${list(conv.decimal)}`;
}

/** "“25%”", "“25 %”" or "“25%” or “25 %”": the percent spacing a convention accepts, for a message. */
export function percentStyle(conv: NumberConventions): string {
  return conv.percent === "space" ? "“25 %”" : conv.percent === "none" ? "“25%”" : "“25%” or “25 %”";
}
