// Browser test: wrangler dev (local, temp D1 with the migrations applied) driven by Debian's chromium through
// playwright-core. Opens /, submits the demo pair with a glossary, applies a fix in place, downloads the corrected
// text and the patch, edits and re-checks, reviews by keyboard, approves over the open-issues warning, takes
// screenshots (screenshots/*.png, git-ignored) and checks through the API that the decisions were stored.
import { applyPatch } from "diff";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer, type DevServer } from "../../scripts/dev-server";
import type { ReportView } from "../../src/worker/review";

const ROOT = new URL("../../", import.meta.url).pathname;
const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = join(ROOT, "screenshots");

let dev: DevServer | undefined;
let browser: Browser | undefined;
let base = "";

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  dev = await startDevServer();
  base = dev.base;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

interface PageData {
  id: string;
  target: { text: string };
  issues: { id: string; ruleId: string; severity: string; target?: { start: number; end: number; text: string }; suggestion?: string }[];
}

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  });
  return problems;
}

describe("review workflow in a browser", () => {
  it("checks the demo pair with a glossary, fixes in place, downloads, reviews by keyboard, approves over a warning", async () => {
    const page = await browser!.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const problems = watchProblems(page);

    await page.goto(`${base}/`);
    expect(await page.inputValue("#source-text")).toContain("Consejo de Ministros");
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.click(".glossary summary");
    await page.fill("#glossary", "escuelas rurales = village schools");
    // Every default severity is minor (docs/precision.md): block on minor, so approving warns.
    await page.selectOption("#fail-on", "minor");
    await page.screenshot({ path: join(SCREENSHOTS, "home.png") });
    await page.click("#check-button");
    await page.waitForURL(/\/reports\/[a-z2-7]{26}$/, { timeout: 30_000 });
    const id = new URL(page.url()).pathname.split("/").pop()!;
    const data = JSON.parse((await page.locator("#review-data").textContent())!) as PageData;
    const original = data.target.text;

    // Issues are highlighted in the text and listed beside it, with readable names; the glossary was used.
    const marks = page.locator("mark.hl");
    expect(await marks.count()).toBeGreaterThan(0);
    const cards = page.locator("li.issue");
    const issueCount = await cards.count();
    expect(issueCount).toBe(data.issues.length);
    expect(await page.locator('li.issue[data-rule="glossary"]').count()).toBeGreaterThan(0);
    expect(await page.locator('li.issue[data-rule="glossary"] .cat-name').first().textContent()).toBe("Wrong term");
    expect(await page.locator("#verdict strong").textContent()).toMatch(/^(block|review)$/);

    // Clicking a highlight focuses its issue card.
    await marks.first().click();
    const focusedId = await page.locator("li.issue.focus").first().getAttribute("data-issue");
    expect((await marks.first().getAttribute("data-issues"))?.split(" ")).toContain(focusedId);

    // Apply a fix in place: the corrected text changes exactly there, the highlight shows it, the issue is accepted.
    const fixable = data.issues.find((i) => i.target && i.suggestion !== undefined)!;
    const fixCard = page.locator(`li.issue[data-issue="${fixable.id}"]`);
    const label = await fixCard.locator(".sugg").textContent();
    expect(label).toMatch(/^(Delete|Insert|Replace) “/);
    const expected = original.slice(0, fixable.target!.start) + fixable.suggestion + original.slice(fixable.target!.end);
    await fixCard.locator('button[data-action="apply"]').click();
    expect(await page.inputValue("#corrected")).toBe(expected);
    expect(await fixCard.getAttribute("data-applied")).toBe("true");
    await expect.poll(() => fixCard.getAttribute("data-status")).toBe("accepted");
    expect(await page.locator("mark.applied").first().textContent()).toBe(fixable.suggestion);
    expect(await page.locator("#diff .d-add").count()).toBeGreaterThan(0);

    // Download the corrected text and the patch.
    const [textFile] = await Promise.all([page.waitForEvent("download"), page.click('button[data-action="download-text"]')]);
    expect(textFile.suggestedFilename()).toBe(`translation-${id}.txt`);
    expect(readFileSync((await textFile.path())!, "utf8")).toBe(expected);
    const [patchFile] = await Promise.all([page.waitForEvent("download"), page.click('button[data-action="download-patch"]')]);
    const patchText = readFileSync((await patchFile.path())!, "utf8");
    expect(patchText.startsWith("--- target\n+++ corrected\n@@ ")).toBe(true);
    expect(applyPatch(original, patchText)).toBe(expected);

    // Edit the text directly (the weekday) and re-check it: the date issue is resolved.
    const dateIssue = data.issues.find((i) => i.ruleId === "date-mismatch" && i.target?.text === "Monday")!;
    expect(dateIssue).toBeDefined();
    await page.fill("#corrected", expected.replace("on Monday", "on Tuesday"));
    expect(await page.locator("#diff").textContent()).toContain("+MADRID, March 14. The Council of Ministers approved on Tuesday");
    await page.click("#recheck-button");
    await page.locator("#recheck .recheck-head").waitFor({ timeout: 30_000 });
    expect(await page.locator("#recheck .recheck-head").textContent()).toMatch(/^Re-check of the corrected text: verdict/);
    expect(await page.locator(`li.issue[data-issue="${dateIssue.id}"]`).getAttribute("data-recheck")).toBe("gone");
    // The glossary issues are raised again (matched by rule and source span although the target sentences changed).
    expect(await page.locator('li.issue[data-rule="glossary"]').first().getAttribute("data-recheck")).toBe("raised");
    expect(await page.locator("#recheck li").count()).toBe(0);

    // Dismiss an issue with a comment.
    const card = cards.first();
    const issueId = (await card.getAttribute("data-issue"))!;
    await card.locator(".comment-input").fill("Checked with the desk: fine as is.");
    await card.locator('button[data-action="dismiss"]').click();
    await expect.poll(() => card.getAttribute("data-status")).toBe("dismissed");
    expect(await page.locator("#counts").textContent()).toContain("1 dismissed");

    // Keyboard: j/k move between issues, a accepts, d dismisses.
    await cards.first().locator(".msg").click();
    expect(await page.locator("li.issue.focus").getAttribute("data-issue")).toBe(issueId);
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    const second = page.locator("li.issue.focus");
    expect(await second.count()).toBe(1);
    expect(await second.getAttribute("data-issue")).toBe(await cards.nth(1).getAttribute("data-issue"));
    await page.keyboard.press("d");
    await expect.poll(() => cards.nth(1).getAttribute("data-status")).toBe("dismissed");
    await page.keyboard.press("a");
    await expect.poll(() => cards.nth(1).getAttribute("data-status")).toBe("accepted");

    // Approving with open issues at or above failOn asks first and names them; the approval records who and over what.
    const openBlocking = await page.locator('li.issue[data-status="open"]').count();
    expect(openBlocking).toBeGreaterThan(0);
    await page.click('button[data-action="approve"]');
    const dialog = page.locator("#approve-dialog");
    await dialog.waitFor({ state: "visible" });
    expect(await page.locator("#approve-warning").textContent()).toBe(`${openBlocking} issues are still open at or above minor:`);
    expect(await page.locator("#approve-list li").count()).toBe(openBlocking);
    await page.screenshot({ path: join(SCREENSHOTS, "approve-warning.png") });
    await page.click('button[data-action="approve-cancel"]');
    expect(await page.locator("#report-status").textContent()).toBe("awaiting review");
    await page.click('button[data-action="approve"]');
    await page.fill("#approver", "Night desk");
    await page.click('button[data-action="approve-confirm"]');
    await expect.poll(() => page.locator("#report-status").textContent()).toBe("approved");
    expect(await page.locator("#approval-note").textContent()).toBe(`by Night desk over ${openBlocking} open issues`);

    // The severity filter hides cards and turns off their highlights.
    expect(await page.locator('li.issue[data-severity="minor"]:visible').count()).toBeGreaterThan(0);
    await page.uncheck('input[data-filter="severity"][value="minor"]');
    expect(await page.locator('li.issue[data-severity="minor"]:visible').count()).toBe(0);
    // Highlights stay in the text (it must remain readable) but lose their colour.
    expect(await page.locator("mark.hl:not(.off)").count()).toBe(0);
    await page.check('input[data-filter="severity"][value="minor"]');

    await page.screenshot({ path: join(SCREENSHOTS, "review.png"), fullPage: true });

    // The decisions are stored.
    const res = await fetch(`${base}/v1/reports/${id}`);
    expect(res.status).toBe(200);
    const view = (await res.json()) as ReportView;
    expect(view.review.status).toBe("approved");
    expect(view.review.approval?.by).toBe("Night desk");
    expect(view.review.approval?.over).toHaveLength(openBlocking);
    const dismissed = view.report.issues.find((i) => i.id === issueId);
    expect(dismissed?.review).toMatchObject({ status: "dismissed", comment: "Checked with the desk: fine as is." });
    expect(view.report.issues.find((i) => i.id === fixable.id)?.review?.status).toBe("accepted");
    expect(view.report.summary.dismissed).toBe(1);
    expect(view.report.issues).toHaveLength(issueCount);

    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("API docs in a browser", () => {
  it("fits a 390-pixel screen with no horizontal scroll, with contents, examples, errors and a favicon", async () => {
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const problems = watchProblems(page);
    await page.goto(`${base}/docs`);
    expect(await page.locator("nav.toc a").count()).toBeGreaterThan(5);
    expect(await page.locator("section.op pre.example").count()).toBe(await page.locator("section.op").count());
    expect(await page.locator("#errors").count()).toBe(1);
    // (The page functions are strings: this file is type-checked without the DOM library.)
    const scrollWidth = () => page.evaluate<number>("document.scrollingElement.scrollWidth");
    expect(await scrollWidth()).toBeLessThanOrEqual(390);
    // Opening the schemas must not make it scroll sideways either.
    await page.evaluate('document.querySelectorAll("details").forEach((d) => { d.open = true; })');
    expect(await scrollWidth()).toBeLessThanOrEqual(390);
    await page.evaluate('document.querySelectorAll("details").forEach((d) => { d.open = false; })');
    await page.screenshot({ path: join(SCREENSHOTS, "docs-390.png") });
    await page.locator('[id="post-/v1/check"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "docs-390-check.png") });
    const icon = await page.evaluate(() => fetch("/favicon.svg").then((r) => r.headers.get("content-type")));
    expect(icon).toBe("image/svg+xml");
    expect(problems).toEqual([]);
    await page.close();
  });
});
