// franc-min as the CLI bundle has it (scripts/lazy-franc.mjs: its trigram tables built on the first francAll call)
// answers as franc-min itself.
import { build } from "esbuild";
import { francAll } from "franc-min";
import { describe, expect, it } from "vitest";
import { lazyFranc, lazyFrancModule } from "../../scripts/lazy-franc.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;

// Sentences written for this test, in the pair languages and a few scripts; and texts too short or without letters.
const TEXTS = [
  "El consejo municipal aprobó ayer el presupuesto para el transporte público del próximo año.",
  "The city council approved the budget for public transport next year on Tuesday.",
  "Le conseil municipal a approuvé hier le budget des transports publics pour l'année prochaine.",
  "Der Stadtrat hat gestern den Haushalt für den öffentlichen Nahverkehr im nächsten Jahr beschlossen.",
  "O conselho municipal aprovou ontem o orçamento para o transporte público do próximo ano.",
  "Городской совет вчера утвердил бюджет общественного транспорта на следующий год.",
  "Το δημοτικό συμβούλιο ενέκρινε χθες τον προϋπολογισμό για τις δημόσιες συγκοινωνίες.",
  "市议会昨天批准了明年的公共交通预算。",
  "Ok.",
  "2024 – 3,5 %",
  "",
];

describe("franc-min with its tables built when first asked (the CLI bundle's lazy-franc plugin)", () => {
  it("answers as franc-min, for every option the untranslated rules pass", async () => {
    const out = await build({
      stdin: { contents: 'export { francAll } from "franc-min";', resolveDir: ROOT, loader: "js" },
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      plugins: [lazyFranc],
      logLevel: "silent",
    });
    const code = out.outputFiles[0].text;
    expect(code).toContain("buildNumericData");
    const lazy = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as { francAll: typeof francAll };
    const options = [undefined, { minLength: 1 }, { only: ["spa", "eng", "por"], minLength: 1 }, { ignore: ["eng"] }];
    for (const text of TEXTS) for (const o of options) expect(lazy.francAll(text, o), text).toEqual(francAll(text, o));
  });

  it("refuses a franc-min whose source it does not know", () => {
    expect(() => lazyFrancModule("export function francAll(value) { return [] }")).toThrow(/lazy-franc/);
  });
});
