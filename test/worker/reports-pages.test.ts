import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DEMO_PAIR } from "../../src/demo";
import { saveReport } from "../../src/worker/store";
import { articleRequest, checkWithTestRule } from "./report-fixtures";

const BASE = "http://translint.test";

function get(path: string): Promise<Response> {
  return exports.default.fetch(`${BASE}${path}`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

describe("GET / (paste form)", () => {
  it("serves the form pre-filled with the demo pair, under a CSP that allows only same-origin scripts", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await res.text();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<form id="check-form"');
    expect(html).toContain(escapeHtml(DEMO_PAIR.source.text.split("\n")[0]));
    expect(html).toContain(escapeHtml(DEMO_PAIR.target.text.split("\n")[0]));
    expect(html).toContain('<script src="/assets/home.js" defer="">');
  });

  it("serves its script and stylesheet from the Worker", async () => {
    for (const [name, type] of [
      ["home.js", "javascript"],
      ["review.js", "javascript"],
      ["translint.css", "text/css"],
    ]) {
      const res = await get(`/assets/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain(type);
      expect((await res.text()).length).toBeGreaterThan(500);
    }
    expect((await get("/assets/nope.js")).status).toBe(404);
  });
});

describe("GET /reports/:id (review page)", () => {
  it("shows one row per bead with the issues highlighted in place", async () => {
    const request = articleRequest(
      "The club presented 210 young jugadores on Monday. The coach spoke to the press.",
      "El club presentó el martes a 120 jugadores jóvenes. El entrenador habló con la prensa.",
    );
    const report = checkWithTestRule(request);
    const { stored } = await saveReport({ DB: env.DB }, "public", request, report);
    const res = await get(`/reports/${stored.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/<tr id="bead-\d+"/g)).toHaveLength(report.alignment.length);
    for (const issue of report.issues) {
      const mark = new RegExp(`<mark class="hl sev-${issue.severity}[^"]*" data-issues="${issue.id}"[^>]*>${issue.target!.text}</mark>`);
      expect(html).toMatch(mark);
      expect(html).toContain(`id="issue-${issue.id}"`);
      expect(issue.confidence).toBe(0.8);
    }
    // Each issue card shows the rule's confidence (the test rule's default, 0.8).
    expect(html.match(/<span class="conf"[^>]*>confidence 0\.80<\/span>/g)).toHaveLength(report.issues.length);
    expect(html).toContain('<div id="verdict" class="verdict verdict-block">');
    expect(html).toContain(`href="/v1/reports/${stored.id}?format=json"`);
    for (const f of ["csv", "html", "xliff"]) expect(html).toContain(`href="/v1/reports/${stored.id}?format=${f}" download`);
    // The suggestion reads as an action, with the rule and category named beside their codes, and can be applied.
    expect(html).toContain('<p class="sugg">Replace “jugadores” with “players”</p>');
    expect(html).toContain('<span class="cat-name">Untranslated</span> <code class="cat">accuracy/untranslated</code>');
    expect(html).toContain('data-action="apply"');
    expect(html).toContain('data-filter="category" value="accuracy/untranslated"');
  });

  it("renders markup and script in the article, the report and review comments as text", async () => {
    const script = "<script>alert(1)</script>";
    const img = '"><img src=x onerror=alert(1)>';
    const request = articleRequest(
      `On Monday ${img} the club signed 210 players. ${script}`,
      `El martes ${img} el club fichó a 120 jugadores. ${script}`,
    );
    const { stored, report } = await saveReport({ DB: env.DB }, "public", request, checkWithTestRule(request));
    const patch = await exports.default.fetch(`${BASE}/v1/reports/${stored.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ issues: [{ id: report.issues[0].id, status: "dismissed", comment: `${script}${img}` }] }),
    });
    expect(patch.status).toBe(200);
    const html = await (await get(`/reports/${stored.id}`)).text();
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    // The only script elements are the page's own and its JSON data block, where "<" is escaped.
    expect(html.match(/<script[^>]*>/g)).toEqual([
      '<script src="/assets/review.js" defer="">',
      '<script type="application/json" id="review-data">',
    ]);
    const data = html.slice(html.indexOf('id="review-data">'));
    expect(data).toContain("\\u003cscript>alert(1)\\u003c/script>");
  });

  it("answers 404 with a page for unknown ids", async () => {
    const res = await get(`/reports/${"c".repeat(26)}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("No such report");
  });
});

describe("invisible characters on the review page", () => {
  it("shows a bidi override and a zero-width space as labelled marks, never as the characters themselves", async () => {
    const res = await exports.default.fetch(`${BASE}/v1/check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        source: { text: "El presupuesto fue de 1500 millones. El Gobierno lo aprobó.", lang: "es" },
        target: { text: "The budget was \u202E0051\u202C million. The govern\u200Bment approved it.", lang: "en" },
        store: true,
      }),
    });
    const stored = (await res.json()) as { id: string; summary: { verdict: string }; issues: { ruleId: string }[] };
    expect(stored.summary.verdict).toBe("block");
    expect(stored.issues.filter((i) => i.ruleId === "invisible-characters")).toHaveLength(3);
    const html = await (await get(`/reports/${stored.id}`)).text();
    const mark = (title: string, label: string) => `<span class="invisible-char" title="${title}">${label}</span></mark>`;
    expect(html).toContain(mark("U+202E RIGHT-TO-LEFT OVERRIDE", "RLO"));
    expect(html).toContain(mark("U+202C POP DIRECTIONAL FORMATTING", "PDF"));
    expect(html).toMatch(
      /The govern<mark [^>]+>[^<]*<span class="invisible-char" title="U\+200B ZERO WIDTH SPACE">ZWSP<\/span><\/mark>ment/,
    );
    expect(html).toContain('<p class="sugg">Delete “<span class="invisible-char" title="U+200B ZERO WIDTH SPACE">ZWSP</span>”</p>');
    expect(html).not.toMatch(/[\u202A-\u202E\u200B]/);
  });
});
