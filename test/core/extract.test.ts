import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDoc, toRawSpan, type Doc } from "../../src/segment/document";
import { extractText, type Extracted } from "../../src/input/extract";
import { MAX_EMPHASIS_RUNS } from "../../src/input/extract-markdown";
import { decodeHTML } from "entities";
import type { Format, Lang } from "../../src/types";

const paragraphTexts = (x: Extracted) => x.paragraphs.map((p) => x.text.slice(p.start, p.end));

/**
 * The map invariant: every clean character comes from raw[starts[i], ends[i]) — the same character, the
 * character reference that decodes to it, an escaped character, whitespace (or a <br>) for a space or line
 * break, or the markup between two paragraphs for their separator.
 */
function expectMapInvariant(raw: string, x: Extracted): void {
  expect(x.map).not.toBeNull();
  const { starts, ends } = x.map!;
  expect(starts.length).toBe(x.text.length);
  expect(ends.length).toBe(x.text.length);
  const inParagraph = new Uint8Array(x.text.length);
  for (const p of x.paragraphs) inParagraph.fill(1, p.start, p.end);
  for (let i = 0; i < x.text.length; i++) {
    const ch = x.text[i];
    const src = raw.slice(starts[i], ends[i]);
    expect(starts[i]).toBeGreaterThanOrEqual(0);
    expect(ends[i]).toBeLessThanOrEqual(raw.length);
    if (i > 0) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]);
    if (!inParagraph[i]) {
      expect(ch).toBe("\n");
      continue;
    }
    const ok =
      src === ch ||
      (src.startsWith("&") && decodeHTML(src).includes(ch)) ||
      (src.length === 2 && src[0] === "\\" && src[1] === ch) ||
      (/^\s$/.test(ch) && (/^\s+$/.test(src) || /^<\/?br\b/i.test(src) || /^&/.test(src))) ||
      // a surrogate pair from a numeric reference maps both halves to the reference
      (src.startsWith("&#") && decodeHTML(src).includes(ch));
    if (!ok) throw new Error(`clean char ${i} ${JSON.stringify(ch)} maps to ${JSON.stringify(src)}`);
  }
}

/** Removes tags, decodes the entities used in these tests and collapses whitespace: a reference for span checks. */
function roughlyStrip(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, "")
    .replace(/&[#a-zA-Z0-9]+;/g, (e) => decodeHTML(e))
    .replace(/\s+/g, " ")
    .trim();
}

/** Every segment maps back to a raw span whose text is the raw slice and which contains the segment's words. */
function expectSegmentsMapBack(doc: Doc, strip: (s: string) => string): void {
  expect(doc.segments.length).toBeGreaterThan(0);
  for (const s of doc.segments) {
    const span = toRawSpan(doc, s.start, s.end);
    const rawText = doc.raw.slice(span.start, span.end);
    expect(span.start).toBeLessThan(span.end);
    expect(strip(rawText)).toBe(s.text.replace(/\s+/g, " "));
  }
}

describe("extractText: plain text", () => {
  it("keeps the text as is, with no map, and splits paragraphs at blank lines", () => {
    const raw = "  Titular\n\nPrimer párrafo. Sigue.\n \nSegundo párrafo.\n";
    const x = extractText(raw, "text");
    expect(x.text).toBe(raw);
    expect(x.map).toBeNull();
    expect(paragraphTexts(x)).toEqual(["Titular", "Primer párrafo. Sigue.", "Segundo párrafo."]);
  });
});

describe("extractText: HTML", () => {
  it("drops a tag left unfinished at the end of the input (eof-in-tag), as browsers do", () => {
    // Found by the fuzzer: htmlparser2 reports such trailing data as text starting at -1.
    for (const raw of ["<p>Hola</p ", "<h1>Hola</h13,5 % ", '<p>Hola</p><b class="x']) {
      const { text } = extractText(raw, "html");
      expect(text).toBe("Hola");
    }
  });

  it("ignores script, style, noscript, template, title content and comments", () => {
    const raw =
      "<html><head><title>Página</title><style>p { color: red }</style>" +
      "<script>var s = '<p>no es texto</p>';</script></head><body>" +
      "<noscript>Active JavaScript.</noscript><template><p>Plantilla</p></template>" +
      "<!-- <p>comentado</p> --><p>Texto visible.</p></body></html>";
    const x = extractText(raw, "html");
    expect(x.text).toBe("Texto visible.");
    expectMapInvariant(raw, x);
  });

  it("decodes named and numeric entities, mapping each to the whole entity", () => {
    const raw =
      "<p>Caf&eacute; &amp; t&#233; &#xE9; &lt;b&gt; &quot;x&quot; &#39;y&#39; a&nbsp;b &aacute;&ntilde;&uuml; &euro; &mdash; &hellip;</p>";
    const x = extractText(raw, "html");
    expect(x.text).toBe("Café & té é <b> \"x\" 'y' a\u00a0b áñü € — …");
    expectMapInvariant(raw, x);
    const e = x.text.indexOf("é");
    expect(raw.slice(x.map!.starts[e], x.map!.ends[e])).toBe("&eacute;");
  });

  it("leaves unknown or broken references and a bare ampersand as text", () => {
    const raw = "<p>AT&T y &noexiste; y &#;</p>";
    const x = extractText(raw, "html");
    expect(x.text).toBe("AT&T y &noexiste; y &#;");
    expectMapInvariant(raw, x);
  });

  it("decodes astral numeric references into a surrogate pair", () => {
    const raw = "<p>Fiesta &#x1F389; hoy.</p>";
    const x = extractText(raw, "html");
    expect(x.text).toBe("Fiesta \u{1F389} hoy.");
    expectMapInvariant(raw, x);
  });

  it("makes paragraphs from block elements and a line break from <br>", () => {
    const raw =
      "<article><header><h1>Titular</h1></header><section><p>Uno. Dos.</p><div>Tres<br/>Cuatro</div>" +
      "<ul><li>Cinco</li><li>Seis</li></ul><blockquote>Siete</blockquote><table><tr><td>Ocho</td><td>Nueve</td></tr></table>" +
      "<figure><img src='a.jpg' alt='foto'><figcaption>Diez</figcaption></figure><pre>Once\nDoce</pre></section></article>";
    const x = extractText(raw, "html");
    expect(paragraphTexts(x)).toEqual([
      "Titular",
      "Uno. Dos.",
      "Tres\nCuatro",
      "Cinco",
      "Seis",
      "Siete",
      "Ocho",
      "Nueve",
      "Diez",
      "Once\nDoce",
    ]);
    expectMapInvariant(raw, x);
  });

  it("collapses whitespace and source line breaks inside a paragraph, and inline tags add nothing", () => {
    const raw = "<p>El   presidente\n  habló <b>hoy</b><i>mismo</i>\tcon la prensa.</p>";
    const x = extractText(raw, "html");
    expect(x.text).toBe("El presidente habló hoymismo con la prensa.");
    expectMapInvariant(raw, x);
  });

  it("turns two <br> in a row into a paragraph break and drops empty paragraphs", () => {
    const raw = "<div>Primero<br><br>\n<br>Segundo</div><p>&nbsp;</p><p> </p><p>Tercero</p>";
    const x = extractText(raw, "html");
    expect(paragraphTexts(x)).toEqual(["Primero", "Segundo", "Tercero"]);
    expectMapInvariant(raw, x);
  });

  it("survives broken markup: unclosed tags, comments and scripts, stray <", () => {
    for (const raw of [
      "<p>a < b and c<d",
      "<p>Texto<!-- sin cerrar",
      "<p>Hola</p><script>nunca se cierra",
      "<<<<>>>> <p",
      `<p>x</p${"<".repeat(5000)}`,
    ]) {
      const x = extractText(raw, "html");
      expectMapInvariant(raw, x);
    }
    expect(extractText("<p>a < b</p>", "html").text).toBe("a < b");
    expect(extractText("<p>Hola</p><script>nunca se cierra", "html").text).toBe("Hola");
  });

  it("maps every segment of an HTML article back to the raw markup", () => {
    const raw = [
      "<!doctype html><html><head><meta charset='utf-8'><title>El Periódico</title>",
      '<script type=\'application/ld+json\'>{"headline": "No. Esto no."}</script></head><body>',
      '<h1 class="titular">El Gobierno aprueba el plan de vivienda</h1>',
      '<p class="entradilla">El <a href="/sr-garcia">Sr. Garc&iacute;a</a> anunci&oacute; ayer las medidas. ',
      "El coste ser&aacute; de 3,1 millones de euros &mdash; un 2.5&nbsp;% m&aacute;s.</p>",
      "<p>&laquo;Es un buen d&iacute;a&raquo;, dijo. <em>Nadie</em> lo discuti&oacute;.<br>",
      "La oposici&oacute;n votar&aacute; el lunes.</p><style>.x{}</style>",
      "<ul><li>Primera medida: alquileres.</li><li>Segunda medida: ayudas.</li></ul></body></html>",
    ].join("\n");
    const doc = buildDoc(raw, "es", "html");
    expect(doc.segments.map((s) => s.text)).toEqual([
      "El Gobierno aprueba el plan de vivienda",
      "El Sr. García anunció ayer las medidas.",
      "El coste será de 3,1 millones de euros — un 2.5\u00a0% más.",
      "«Es un buen día», dijo.",
      "Nadie lo discutió.",
      "La oposición votará el lunes.",
      "Primera medida: alquileres.",
      "Segunda medida: ayudas.",
    ]);
    expectSegmentsMapBack(doc, roughlyStrip);
    const second = toRawSpan(doc, doc.segments[1].start, doc.segments[1].end);
    expect(raw.slice(second.start, second.end)).toBe('El <a href="/sr-garcia">Sr. Garc&iacute;a</a> anunci&oacute; ayer las medidas.');
    expectMapInvariant(raw, extractText(raw, "html"));
  });
});

describe("extractText: Markdown", () => {
  it("strips headings, emphasis, inline code, links and images", () => {
    const raw =
      "# El *nuevo* plan ##\n\nEl **Sr.** Pérez leyó [el informe](https://ejemplo.es/a_(b)) y el `código`. ![Foto](foto.jpg)Fin __ya__.";
    const x = extractText(raw, "markdown");
    expect(paragraphTexts(x)).toEqual(["El nuevo plan", "El Sr. Pérez leyó el informe y el código. Fin ya."]);
    expectMapInvariant(raw, x);
  });

  it("makes paragraphs from blank lines, headings, list items and block quotes", () => {
    const raw = [
      "Titular",
      "=======",
      "Primer párrafo,",
      "en dos líneas.",
      "",
      "## Subtítulo",
      "- Uno",
      "* Dos",
      "+ Tres",
      "1. Cuatro",
      "2) Cinco",
      "",
      "> Una cita",
      "> que sigue.",
      ">",
      "> Otra cita.",
      "",
      "---",
      "Final.",
    ].join("\n");
    const x = extractText(raw, "markdown");
    expect(paragraphTexts(x)).toEqual([
      "Titular",
      "Primer párrafo, en dos líneas.",
      "Subtítulo",
      "Uno",
      "Dos",
      "Tres",
      "Cuatro",
      "Cinco",
      "Una cita que sigue.",
      "Otra cita.",
      "Final.",
    ]);
    expectMapInvariant(raw, x);
  });

  it("keeps hard line breaks as segment boundaries and soft ones as spaces", () => {
    const raw = "Línea con dos espacios  \nsiguiente línea\\\núltima\ny suave.";
    const x = extractText(raw, "markdown");
    expect(x.text).toBe("Línea con dos espacios\nsiguiente línea\núltima y suave.");
    expectMapInvariant(raw, x);
  });

  it("skips fenced code, reference definitions and HTML comments; strips inline HTML", () => {
    const raw =
      'Antes.\n\n```js\nconst x = 1;\n```\n\n[ref]: https://ejemplo.es\n\nUn <b>texto</b> con<br>salto <!-- nota --> y <span class="x">etiquetas</span>.\n\n<script>\nalert(1)\n</script>\nDespués.';
    const x = extractText(raw, "markdown");
    expect(paragraphTexts(x)).toEqual(["Antes.", "Un texto con\nsalto y etiquetas.", "Después."]);
    expectMapInvariant(raw, x);
  });

  it("keeps literal asterisks, underscores inside words, escapes and autolinks", () => {
    const raw = "Calcula 5 * 3 y 2*4 en mi_variable_larga, \\*no\\* es énfasis; ver <https://ejemplo.es> &amp; más.";
    const x = extractText(raw, "markdown");
    expect(x.text).toBe("Calcula 5 * 3 y 2*4 en mi_variable_larga, *no* es énfasis; ver https://ejemplo.es & más.");
    expectMapInvariant(raw, x);
  });

  it("keeps unmatched brackets and backticks as text", () => {
    const raw = "Un [corchete sin cierre y un `acento y [otro](sin cerrar";
    const x = extractText(raw, "markdown");
    expect(x.text).toBe(raw);
    expectMapInvariant(raw, x);
  });

  it("maps every segment of a Markdown article back to the raw text", () => {
    const raw = [
      "# Stocks fall on *Wall Street*",
      "",
      "The **Dow Jones** lost 3.1% on Monday, said [Mr. Smith](https://example.com/smith) of `ACME Inc.` in New York. Traders were nervous.",
      "",
      '> "We expected it," said Dr. Jones. Nobody else commented.',
      "",
      "- Oil rose to $80.5 a barrel.",
      "- The U.S. dollar fell.",
    ].join("\n");
    const doc = buildDoc(raw, "en", "markdown");
    expect(doc.segments.map((s) => s.text)).toEqual([
      "Stocks fall on Wall Street",
      "The Dow Jones lost 3.1% on Monday, said Mr. Smith of ACME Inc. in New York.",
      "Traders were nervous.",
      '"We expected it," said Dr. Jones.',
      "Nobody else commented.",
      "Oil rose to $80.5 a barrel.",
      "The U.S. dollar fell.",
    ]);
    const strip = (s: string) =>
      s
        .replace(/\]\([^)]*\)/g, "")
        .replace(/[*`[\]]/g, "")
        .replace(/^[#>-]\s*/gm, "")
        .replace(/\s+/g, " ")
        .trim();
    expectSegmentsMapBack(doc, strip);
    expectMapInvariant(raw, extractText(raw, "markdown"));
  });

  // (A long timeout: the machine running the tests may be loaded; speed itself is measured by npm run bench.)
  it("survives pathological input", { timeout: 60_000 }, () => {
    const inputs = [
      "[".repeat(5000),
      "](".repeat(5000),
      "`".repeat(5001),
      "*_".repeat(5000),
      "<a".repeat(3000),
      `${"> ".repeat(3000)}x`,
      "#".repeat(100),
    ];
    for (const raw of inputs) expectMapInvariant(raw, extractText(raw, "markdown"));
  });

  it("leaves emphasis unparsed, markers as text, in a text with more delimiter runs than any article has", () => {
    const normal = "El *nuevo* plan y el __otro__.";
    expect(extractText(normal, "markdown").text).toBe("El nuevo plan y el otro.");
    const noisy = `${normal} ${"a*b ".repeat(MAX_EMPHASIS_RUNS)}`;
    const x = extractText(noisy, "markdown");
    expect(x.text.startsWith("El *nuevo* plan y el __otro__. a*b a*b")).toBe(true);
    expectMapInvariant(noisy, x);
  });

  it("follows CommonMark: unmatched markers stay, HTML blocks go through the HTML extractor, indented text is kept", () => {
    const raw = "Un * suelto y **otro sin cerrar.\n\n<div>\n<p>Bloque &amp; HTML</p>\n</div>\n\n    Texto sangrado.";
    const x = extractText(raw, "markdown");
    expect(paragraphTexts(x)).toEqual(["Un * suelto y **otro sin cerrar.", "Bloque & HTML", "Texto sangrado."]);
    expectMapInvariant(raw, x);
  });
});

describe("buildDoc over every format", () => {
  it("gives the same sentences for the same article as text, HTML and Markdown", () => {
    const bodies: Record<Format, string> = {
      text: "El plan de vivienda\n\nEl Sr. García lo anunció ayer. Costará 3,1 millones.",
      html: "<h2>El plan de vivienda</h2><p>El Sr. Garc&iacute;a lo anunci&oacute; ayer. Costar&aacute; 3,1 millones.</p>",
      markdown: "## El plan de vivienda\n\nEl **Sr. García** lo anunció ayer. Costará 3,1 millones.",
    };
    const lang: Lang = "es";
    const results = (Object.keys(bodies) as Format[]).map((f) => buildDoc(bodies[f], lang, f).segments.map((s) => s.text));
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[0]).toEqual(["El plan de vivienda", "El Sr. García lo anunció ayer.", "Costará 3,1 millones."]);
  });
});

describe("extraction properties (fast-check) over the parsers' paths", () => {
  const markup = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "<p>",
          "</p>",
          "<br>",
          "<br/>",
          "</br>",
          "<pre>",
          "</pre>",
          "<div>",
          "</div>",
          "<script>",
          "</script>",
          "<noscript>",
          "</noscript>",
          "<!--",
          "-->",
          "<!doctype html>",
          "<?x?>",
          "&amp;",
          "&eacute;",
          "&#233;",
          "&#x1F600;",
          "&#0;",
          "&amp",
          "&copy2024",
          "&bogus;",
          "&",
          "<",
          ">",
          "*",
          "**",
          "_",
          "`",
          "[",
          "](",
          ")",
          "![",
          "# ",
          "\n",
          "\n\n",
          "  \n",
          "\\\n",
          "    ",
          "> ",
          "- ",
          "1. ",
          "\\",
          "```",
          "~~~",
          "[r]: /u",
          "<https://x.es>",
          "\t",
          "\r\n",
          "\u00a0",
          "\ud83d",
          "Sr. ",
          "Hola. ",
        ),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 40 },
    )
    .map((a) => a.join(""));

  for (const format of ["html", "markdown"] as const) {
    it(`maps every clean character back to what produced it (${format})`, () => {
      fc.assert(
        fc.property(markup, (raw) => {
          const x = extractText(raw, format);
          expectMapInvariant(raw, x);
          let prevEnd = -1;
          for (const p of x.paragraphs) {
            expect(p.start).toBeGreaterThan(prevEnd);
            expect(p.end).toBeGreaterThan(p.start);
            expect(/^[ \t\n\r\f\v]/.test(x.text[p.start]) || /[ \t\n\r\f\v]$/.test(x.text[p.end - 1])).toBe(false);
            prevEnd = p.end;
          }
        }),
        { numRuns: 300, seed: 15 },
      );
    });
  }
});

describe("extraction and segmentation on generated markup", () => {
  /** A small deterministic generator (LCG) so the cases are the same on every run. */
  function* lcg(seed: number): Generator<number> {
    let x = seed;
    for (;;) {
      x = (x * 1103515245 + 12345) % 2147483648;
      yield x;
    }
  }
  const pieces = [
    "<p>",
    "</p>",
    "<br>",
    '<div class="a">',
    "</div>",
    "<script>x<p>y</p>",
    "</script>",
    "<!--",
    "-->",
    "&amp;",
    "&eacute;",
    "&#233;",
    "&#x1F600;",
    "&bogus;",
    "&",
    "<",
    ">",
    "*",
    "**",
    "_",
    "`",
    "[",
    "](",
    ")",
    "![",
    "# ",
    "\n",
    "\n\n",
    "  ",
    "> ",
    "- ",
    "1. ",
    "\\",
    "Sr. ",
    "EE.UU. ",
    "a.m. ",
    "Hola. ",
    "Qué? ",
    "¡Ya! ",
    "3,1 ",
    "…",
    '"',
    "«",
    "»",
    "\u00a0",
    "\ud800",
    "x",
  ];
  for (const format of ["html", "markdown", "text"] as const) {
    it(`keeps every span inside its paragraph and mapped to raw offsets (${format})`, () => {
      const rand = lcg(format.length * 7919);
      for (let n = 0; n < 200; n++) {
        let raw = "";
        const len = rand.next().value % 60;
        for (let k = 0; k < len; k++) raw += pieces[rand.next().value % pieces.length];
        const x = extractText(raw, format);
        if (format !== "text") expectMapInvariant(raw, x);
        let prevEnd = -1;
        for (const p of x.paragraphs) {
          expect(p.start).toBeGreaterThan(prevEnd);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(x.text.length);
          prevEnd = p.end;
        }
        const doc = buildDoc(raw, "es", format);
        for (const s of doc.segments) {
          const p = doc.paragraphs[s.paragraph];
          expect(s.start).toBeGreaterThanOrEqual(p.start);
          expect(s.end).toBeLessThanOrEqual(p.end);
          expect(s.text).toBe(doc.text.slice(s.start, s.end));
          expect(s.text.trim()).toBe(s.text);
          const span = toRawSpan(doc, s.start, s.end);
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(raw.length);
          expect(span.end).toBeGreaterThan(span.start);
        }
      }
    });
  }
});
