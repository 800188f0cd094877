import type { CheckRequest } from "./types";

/**
 * A short Spanish news article and a deliberately flawed English translation, written for translint (no
 * corpus text). The translation has: a wrong number in the headline (32 for 3,2) and in the body (210 for 120),
 * a wrong weekday (Monday for martes), a dropped sentence, Spanish «» quotes left in English, a decimal comma
 * left in a percentage, a negation turned around ("no descartó" as "ruled out") and an untranslated word.
 */
export const DEMO_PAIR: CheckRequest = {
  format: "text",
  source: {
    lang: "es",
    text: [
      "El Gobierno aprueba un plan de 3,2 millones de euros para reparar escuelas rurales",
      "",
      "MADRID, 14 de marzo. El Consejo de Ministros aprobó el martes un plan de 3,2 millones de euros para reparar 120 escuelas rurales dañadas por las lluvias de febrero. La ministra de Educación, Ana Ruiz, explicó que las obras empezarán en abril y durarán seis meses.",
      "",
      "«Ningún niño debería estudiar en un aula con goteras», dijo Ruiz en una rueda de prensa. Según la OCDE, la inversión en edificios escolares cayó un 4,5 % entre 2019 y 2023.",
      "",
      "Los sindicatos de docentes celebraron el anuncio, pero pidieron más personal de mantenimiento. El alcalde de Teruel no descartó pedir fondos adicionales a la diputación provincial.",
    ].join("\n"),
  },
  target: {
    lang: "en",
    text: [
      "Government approves 32 million euro plan to repair rural schools",
      "",
      "MADRID, March 14. The Council of Ministers approved on Monday a plan of 3.2 million euros to repair 210 rural schools damaged by the February rains.",
      "",
      "«No child should study in a classroom with leaks», Ruiz said at a press conference. According to the OECD, investment in school buildings fell by 4,5 % between 2019 and 2023.",
      "",
      "Teachers' unions welcomed the announcement, but asked for more maintenance staff. The mayor of Teruel ruled out asking the diputación provincial for additional funds.",
    ].join("\n"),
  },
};
