// Browser test: wrangler dev (local, temp D1 with the migrations applied) driven by Debian's chromium through
// playwright-core. Opens /, submits the demo pair, dismisses an issue, approves the article, takes a screenshot
// (screenshots/review.png, git-ignored) and checks through the API that both decisions were stored.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
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
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

describe("review workflow in a browser", () => {
  it("checks the demo pair, dismisses an issue, approves the article, and the API has both decisions", async () => {
    const page = await browser!.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems: string[] = [];
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
    });

    await page.goto(`${base}/`);
    expect(await page.inputValue("#source-text")).toContain("Consejo de Ministros");
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "home.png") });
    await page.click("#check-button");
    await page.waitForURL(/\/reports\/[a-z2-7]{26}$/, { timeout: 30_000 });
    const id = new URL(page.url()).pathname.split("/").pop()!;

    // Issues are highlighted in the text and listed beside it.
    const marks = page.locator("mark.hl");
    expect(await marks.count()).toBeGreaterThan(0);
    const cards = page.locator("li.issue");
    const issueCount = await cards.count();
    expect(issueCount).toBeGreaterThan(0);
    expect(await page.locator("#verdict strong").textContent()).toMatch(/^(block|review)$/);

    // Clicking a highlight focuses its issue card.
    await marks.first().click();
    const focusedId = await page.locator("li.issue.focus").first().getAttribute("data-issue");
    expect((await marks.first().getAttribute("data-issues"))?.split(" ")).toContain(focusedId);

    // Dismiss the first issue with a comment.
    const card = cards.first();
    const issueId = (await card.getAttribute("data-issue"))!;
    await card.locator(".comment-input").fill("Checked with the desk: fine as is.");
    await card.locator('button[data-action="dismiss"]').click();
    await expect.poll(() => card.getAttribute("data-status")).toBe("dismissed");
    expect(await page.locator("#counts").textContent()).toContain("1 dismissed");

    // Approve the article.
    await page.click('button[data-action="approve"]');
    await expect.poll(() => page.locator("#report-status").textContent()).toBe("approved");

    // The severity filter hides cards and their highlights.
    await page.uncheck('input[data-filter="severity"][value="major"]');
    const majorsShown = await page.locator('li.issue[data-severity="major"]:visible').count();
    expect(majorsShown).toBe(0);
    await page.check('input[data-filter="severity"][value="major"]');

    await page.screenshot({ path: join(SCREENSHOTS, "review.png"), fullPage: true });

    // The decisions are stored.
    const res = await fetch(`${base}/v1/reports/${id}`);
    expect(res.status).toBe(200);
    const view = (await res.json()) as ReportView;
    expect(view.review.status).toBe("approved");
    const dismissed = view.report.issues.find((i) => i.id === issueId);
    expect(dismissed?.review).toMatchObject({ status: "dismissed", comment: "Checked with the desk: fine as is." });
    expect(view.report.summary.dismissed).toBe(1);
    expect(view.report.issues).toHaveLength(issueCount);

    expect(problems).toEqual([]);
    await page.close();
  });
});
