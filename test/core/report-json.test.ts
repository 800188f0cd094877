// The CLI's JSON of a report with fields written ahead (src/cli/report-json.ts) is JSON.stringify(report, null, 2).
import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import { fieldJson, reportJson, setFieldsAhead } from "../../src/cli/report-json";
import type { Report } from "../../src/types";

// Texts written for this test: quotes, a backslash, a control character, text that looks like a stand-in, non-ASCII.
const SOURCE = "El ministro dijo: «No habrá \\ recortes».\u0000ahead:segments\n\nLa OTAN se reunió el 3 de mayo.\n\n\u0000ahead:alignment";
const TARGET = 'The minister said: "There will be no \\ cuts."\u0000ahead:segments\n\nNATO met on May 4.\n\n\u0000ahead:alignment';

describe("reportJson", () => {
  it("answers JSON.stringify(report, null, 2) with the segments and alignment written ahead, or none", () => {
    const report: Report = check({ source: { text: SOURCE, lang: "es" }, target: { text: TARGET, lang: "en" } });
    const plain = JSON.stringify(report, null, 2);
    expect(report.issues.length).toBeGreaterThan(0);
    expect(reportJson(report)).toBe(plain);
    // A segment's whole text is a stand-in's (its JSON string holds the very text that stands for the alignment).
    expect(plain).toContain(JSON.stringify("\u0000ahead:alignment"));
    setFieldsAhead(
      report,
      new Map([
        ["segments", fieldJson("segments", report.segments)],
        ["alignment", fieldJson("alignment", report.alignment)],
      ]),
    );
    expect(reportJson(report)).toBe(plain);
    const one = check({ source: { text: "Hola.", lang: "es" }, target: { text: "Hello.", lang: "en" } });
    setFieldsAhead(one, new Map([["alignment", fieldJson("alignment", one.alignment)]]));
    expect(reportJson(one)).toBe(JSON.stringify(one, null, 2));
  });

  it("writes a field's value as it stands in the report", () => {
    expect(fieldJson("alignment", [{ source: [0], target: [0, 1] }])).toBe(
      '[\n    {\n      "source": [\n        0\n      ],\n      "target": [\n        0,\n        1\n      ]\n    }\n  ]',
    );
    expect(fieldJson("segments", { source: [], target: [] })).toBe('{\n    "source": [],\n    "target": []\n  }');
  });
});
