// Planted structural defects for the "structural" eval: copies of a clean article pair with a target segment
// removed (omission), a boilerplate sentence added (addition), the headline repeated at the end (headline) or a
// segment left in the source language (untranslated). The generators know the corpus segments and the target
// language, not the rules: each plant is placed where a human reader sees the defect.
import { fnv1a } from "../../src/report/id-hash";
import type { Lang } from "../../src/types";
import { buildSide } from "./corpus";

/** One article pair: source and target paragraphs, segment k of the source translated by segment k of the target. */
export interface PairDoc {
  id: string;
  src: string[][];
  tgt: string[][];
}

export type Kind = "omission" | "addition" | "headline" | "untranslated";
export const KINDS: Kind[] = ["omission", "addition", "headline", "untranslated"];

/** A planted copy: the texts and where (which side, which span) the report must flag it, by which rules. */
export interface Planted {
  src: string;
  tgt: string;
  side: "source" | "target";
  at: [number, number];
  rules: string[];
}

/**
 * Boilerplate sentences written for this eval (varied wording, as scraped from news sites), per target language.
 * English keeps the list the es->en suite always measured; the others say the same things in their own words.
 */
const BOILERPLATE: Partial<Record<Lang, string[]>> = {
  en: [
    "We would love to say thanks to the author of this post for this amazing content.",
    "Share this article on Facebook, Twitter or by email with your friends.",
    "Sign up for our free daily newsletter to get the latest headlines in your inbox.",
    "All rights reserved; this material may not be republished without written permission.",
    "Click here to read more stories like this one from our editors.",
    "If you enjoyed reading this, please consider supporting independent journalism with a small donation.",
    "Follow us on social media for breaking news and live updates around the clock.",
    "This story was automatically generated from a syndicated feed and has not been edited by our staff.",
    "Photo gallery: see more pictures of the event in the slideshow below.",
    "Leave a comment below and tell us what you think about this story.",
    "Advertisement continues below, scroll down to keep reading the full report.",
    "Download our mobile app to receive personalised alerts about the topics you follow.",
  ],
  es: [
    "Queremos dar las gracias al autor de esta entrada por un contenido tan estupendo.",
    "Comparte este artículo con tus amigos en Facebook, en Twitter o por correo electrónico.",
    "Suscríbete gratis a nuestro boletín diario y recibe los titulares más recientes en tu correo.",
    "Reservados todos los derechos; prohibida su reproducción sin permiso por escrito.",
    "Pulsa aquí para leer más historias como esta seleccionadas por nuestra redacción.",
    "Si te ha gustado, considera apoyar al periodismo independiente con una pequeña donación.",
    "Síguenos en las redes sociales para recibir las últimas noticias a cualquier hora del día.",
    "Esta noticia se ha generado automáticamente a partir de una agencia y nadie de la redacción la ha revisado.",
    "Galería de fotos: más imágenes del acontecimiento en la presentación de abajo.",
    "Déjanos tu comentario y cuéntanos qué opinas de esta historia.",
    "La publicidad continúa más abajo; desplázate para seguir leyendo el reportaje completo.",
    "Descarga nuestra aplicación para recibir avisos personalizados sobre los temas que sigues.",
  ],
  fr: [
    "Un grand merci à l'auteur de ce billet pour ce contenu formidable.",
    "Partagez cet article avec vos amis sur Facebook, sur Twitter ou par courriel.",
    "Abonnez-vous gratuitement à notre lettre quotidienne pour recevoir les derniers titres dans votre boîte.",
    "Tous droits réservés ; toute reproduction est interdite sans autorisation écrite.",
    "Cliquez ici pour lire d'autres histoires choisies par notre rédaction.",
    "Si cette lecture vous a plu, soutenez le journalisme indépendant par un petit don.",
    "Suivez-nous sur les réseaux sociaux pour les dernières nouvelles à toute heure.",
    "Cette dépêche a été produite automatiquement à partir d'un fil d'agence et n'a pas été relue par la rédaction.",
    "Galerie photo : retrouvez d'autres images de l'événement dans le diaporama ci-dessous.",
    "Laissez un commentaire ci-dessous et dites-nous ce que vous pensez de cette histoire.",
    "La publicité continue plus bas, faites défiler la page pour lire la suite du reportage.",
    "Téléchargez notre application pour recevoir des alertes sur les sujets qui vous intéressent.",
  ],
  de: [
    "Wir danken dem Autor dieses Beitrags herzlich für diesen großartigen Inhalt.",
    "Teilen Sie diesen Artikel mit Ihren Freunden auf Facebook, Twitter oder per E-Mail.",
    "Abonnieren Sie unseren kostenlosen täglichen Newsletter und erhalten Sie die neuesten Schlagzeilen.",
    "Alle Rechte vorbehalten; eine Veröffentlichung ohne schriftliche Genehmigung ist untersagt.",
    "Klicken Sie hier, um weitere Geschichten aus unserer Redaktion zu lesen.",
    "Wenn Ihnen dieser Text gefallen hat, unterstützen Sie unabhängigen Journalismus mit einer kleinen Spende.",
    "Folgen Sie uns in den sozialen Netzwerken für aktuelle Nachrichten rund um die Uhr.",
    "Diese Meldung wurde automatisch aus einem Agenturdienst erstellt und von der Redaktion nicht bearbeitet.",
    "Bildergalerie: Weitere Fotos der Veranstaltung finden Sie in der Diashow unten.",
    "Hinterlassen Sie unten einen Kommentar und sagen Sie uns Ihre Meinung zu dieser Geschichte.",
    "Die Anzeige geht unten weiter, scrollen Sie nach unten, um den ganzen Bericht zu lesen.",
    "Laden Sie unsere App herunter, um Meldungen zu den Themen zu erhalten, denen Sie folgen.",
  ],
};

const pick = (seed: string, n: number) => parseInt(fnv1a(seed), 16) % n;
// regex-safe: one character class, once (a letter); the split's one quantifier has nothing to backtrack into.
const HAS_LETTER = /\p{L}/u;
const words = (t: string) => t.split(/\s+/).filter((w) => HAS_LETTER.test(w)).length;

/** Builds a planted copy of an article pair (target language `to`), or null when the kind has no place in it. */
export function plant(a: PairDoc, kind: Kind, to: Lang): Planted | null {
  const src = buildSide(a.src);
  const flatSrc = a.src.flat();
  const flatTgt = a.tgt.flat();
  if (kind === "omission") {
    if (flatTgt.length < 2) return null;
    const k = pick(`${a.id}/del`, flatTgt.length);
    let n = 0;
    const cut = a.tgt.map((p) => p.filter(() => n++ !== k)).filter((p) => p.length);
    return { src: src.text, tgt: buildSide(cut).text, side: "source", at: src.segments[k], rules: ["omission"] };
  }
  if (kind === "addition") {
    const list = BOILERPLATE[to];
    if (!list) return null;
    const sentence = list[pick(`${a.id}/bp`, list.length)];
    const own = pick(`${a.id}/bp-para`, 2) === 0;
    const paras = own ? [...a.tgt, [sentence]] : [...a.tgt.slice(0, -1), [...a.tgt[a.tgt.length - 1], sentence]];
    const tgt = buildSide(paras);
    return { src: src.text, tgt: tgt.text, side: "target", at: tgt.segments[tgt.segments.length - 1], rules: ["addition"] };
  }
  if (kind === "headline") {
    const tgt = buildSide([...a.tgt, [flatTgt[0]]]);
    const at = tgt.segments[tgt.segments.length - 1];
    return { src: src.text, tgt: tgt.text, side: "target", at, rules: ["addition", "duplicate"] };
  }
  const eligible = flatSrc.flatMap((s, k) => (words(s) >= 4 && s !== flatTgt[k] ? [k] : []));
  if (!eligible.length) return null;
  const k = eligible[pick(`${a.id}/untr`, eligible.length)];
  let n = 0;
  const tgt = buildSide(a.tgt.map((p) => p.map((s) => (n++ === k ? flatSrc[k] : s))));
  return { src: src.text, tgt: tgt.text, side: "target", at: tgt.segments[k], rules: ["untranslated"] };
}
