import { defineRule } from "../../check/rule";
import { AcronymCheck } from "./acronym-check";

/** Acronyms left in the source language, missing from the translation, or paired with the wrong name. */
export default defineRule({
  meta: {
    id: "acronym",
    description:
      "Acronyms must take their target-language form (ONU→UN, OTAN→NATO, UN→ONU), appear in the aligned translation, and match the name they follow.",
    category: "terminology/wrong-term",
    severity: "minor",
    messages: {
      leaked: "“{{found}}” is the {{sourceLang}} acronym; in {{targetLang}} write “{{expected}}”.",
      missing: "The source mentions “{{acronym}}”, but the aligned translation has neither “{{expected}}” nor its full name.",
      wrongForName: "“{{found}}” does not stand for “{{name}}”; its acronym is “{{expected}}”.",
      substituted: "“{{found}}” has no counterpart in the source, which names “{{acronym}}” here; write “{{expected}}”.",
    },
    confidence: 0.8,
  },
  examples: {
    good: [
      {
        // The name in words with its words in the plural ("resonancias magnéticas" for "resonancia magnética").
        from: "en",
        to: "es",
        source: "Doctors ordered two MRI scans before the operation.",
        target: "Los médicos ordenaron dos resonancias magnéticas antes de la operación.",
      },
      {
        // "EE. UU." with a no-break space between its halves, as Spanish style books ask, is the acronym.
        from: "en",
        to: "es",
        source: "Based on early U.S. data, older patients face a higher risk.",
        target: "Según los primeros datos de EE.\u00a0UU., los pacientes mayores corren un riesgo mayor.",
      },
      {
        // "US$" is the dollar sign, not the acronym of the United States.
        from: "en",
        to: "pt",
        source: "The trial raised US$108 million from donors in the US and Europe.",
        target: "O ensaio arrecadou US$ 108 milhões de doadores dos EUA e da Europa.",
      },
      {
        // Mexican Spanish writes "EU" for Estados Unidos: a regional form, not the English acronym of the Union.
        from: "en",
        to: "es-MX",
        source: "The US imposed new tariffs on steel imports.",
        target: "EU impuso nuevos aranceles a las importaciones de acero.",
      },
      {
        // French writes "USA" as well as "les États-Unis" (also without the hyphen).
        from: "de",
        to: "fr",
        source: "Die Krise auf dem Immobilienmarkt der USA dauert an. Die USA zögern.",
        target: "La crise du marché immobilier aux USA se poursuit. Les États Unis hésitent.",
      },
      {
        // The acronym is part of a name copied whole (a newspaper).
        from: "en",
        to: "es",
        source: "The senator told USA Today that she would vote against the bill.",
        target: "La senadora dijo a USA Today que votaría en contra del proyecto.",
      },
      {
        // BPI is also a bank's name: kept as it is when the article never means the Bank for International Settlements.
        from: "es",
        to: "en",
        source: "Lucía Prado, directora de ventas de BPI en Madrid, prevé un año difícil para la banca portuguesa.",
        target: "Lucía Prado, sales director of BPI in Madrid, expects a difficult year for Portuguese banking.",
      },
      {
        from: "es",
        to: "en",
        source:
          "La Organización Internacional para las Migraciones (OIM) abrió una oficina en Quito. La OIM atiende a unos 3.000 migrantes al mes.",
        target: "The International Organization for Migration (IOM) opened an office in Quito. The IOM serves some 3,000 migrants a month.",
      },
      {
        from: "es",
        to: "en",
        source: "El FMI rebajó su previsión de crecimiento para la región.",
        target: "The International Monetary Fund cut its growth forecast for the region.",
      },
      {
        from: "es",
        to: "en",
        source: "El IPC subió un 0,4 % en marzo. El FBI y la CIA investigan el ataque.",
        target: "The CPI rose 0.4% in March. The FBI and the CIA are investigating the attack.",
      },
      {
        from: "en",
        to: "es",
        source: "The UN and NATO condemned the attack. The EU called for calm. Let us be clear: the IT department failed.",
        target: "La ONU y la OTAN condenaron el ataque. La UE pidió calma. Seamos claros: el departamento de informática falló.",
      },
      {
        from: "es",
        to: "en",
        source: "El presidente habló ayer. Dijo que la OTAN enviará tropas.",
        target: "The president said yesterday that NATO will send troops. He gave no date.",
      },
      {
        from: "es",
        to: "en",
        source: "UN JUEZ ORDENA LA LIBERTAD DEL PERIODISTA DETENIDO. El templo data del año 500 antes de nuestra era.",
        target: "JUDGE ORDERS RELEASE OF DETAINED JOURNALIST. The temple dates from 500 BCE.",
      },
      {
        from: "es",
        to: "en",
        source: "La Agencia de Cooperación Fluvial (ACF) abrió una sede en Rosario. La ACF contratará a cien personas.",
        target: "The River Cooperation Agency (RCA) opened an office in Rosario. The RCA will hire a hundred people.",
      },
      {
        from: "es",
        to: "en",
        source: "Las ONG denunciaron la situación en EEUU.",
        target: "The NGOs denounced the situation in the United States.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "La empresa dedicará 12 millones de euros a I+D en su planta de Zaragoza.",
        target: "The company will devote 12 million euros to <marker>I+D</marker> at its Zaragoza plant.",
      },
      {
        from: "es",
        to: "en",
        source: "La OIM observa un aumento de las llegadas.",
        target: "The <marker>OIM</marker> observes a rise in arrivals.",
        suggestion: "IOM",
      },
      {
        from: "en",
        to: "es",
        source: "The UN sent aid to the region. The EU approved the budget.",
        target: "La <marker>UN</marker> envió ayuda a la región. La <marker>EU</marker> aprobó el presupuesto.",
        suggestion: "ONU",
      },
      {
        from: "es",
        to: "en",
        source: "La CPI emitió una orden de arresto contra el exministro.",
        target: "The <marker>CPI</marker> issued an arrest warrant for the former minister.",
        suggestion: "ICC",
      },
      {
        from: "es",
        to: "en",
        source: "El FMI aprobó el préstamo. La decisión llegó tarde.",
        target: "<marker>The World Bank approved the loan.</marker> The decision came late.",
      },
      {
        from: "es",
        to: "en",
        source: "El Fondo Monetario Internacional (FMI) aprobó el préstamo.",
        target: "The International Monetary Fund (<marker>WHO</marker>) approved the loan.",
        suggestion: "IMF",
      },
      {
        from: "es",
        to: "en",
        source: "La Agencia de Cooperación Fluvial (ACF) abrió una sede en Rosario. La ACF contratará a cien personas.",
        target: "The River Cooperation Agency (RCA) opened an office in Rosario. The <marker>ACF</marker> will hire a hundred people.",
        suggestion: "RCA",
      },
      {
        from: "en",
        to: "es",
        source: "NATO will meet in Brussels on Tuesday.",
        target: "La <marker>ONU</marker> se reunirá en Bruselas el martes.",
        suggestion: "OTAN",
      },
      {
        from: "es",
        to: "en",
        source: "El presidente llegó ayer a Madrid. La OTAN se reunió por la tarde.",
        target: "The president arrived in Madrid yesterday. The <marker>OMS</marker> met in the afternoon.",
        suggestion: "NATO",
      },
    ],
  },
  check(ctx) {
    if (ctx.source.lang === ctx.target.lang) return;
    new AcronymCheck(ctx).run();
  },
});
