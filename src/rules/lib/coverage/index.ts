/**
 * The structural rules' evidence (omission, addition, duplicate, untranslated): whether an unpaired sentence's
 * content sits in a neighbouring bead, which members of a merged bead are unsupported, run-in headlines, sentence
 * keys for repeats and copies, word counts. It measures length fit with its own `lengthMisfit`, not the aligner's
 * cost, so retuning the aligner does not move these findings. One file per question; this index lists the API.
 *
 * A 1–0 or 0–1 bead is only a real omission or addition when the unpaired sentence's content is not already inside a
 * neighbouring bead (translators merge and split sentences), and a 1–2 / 2–1 bead may hide an unsupported extra
 * sentence that the aligner glued to a real pair.
 */
export { wordCount, segmentWords } from "./words";
export { lengthMisfit, ratioOf } from "./length-misfit";
export { coveredByNeighbour, shiftedPartner, unsurePartner } from "./neighbours";
export { unsupportedInBead } from "./unsupported";
export { sentenceKey, sentenceKeys } from "./sentence-key";
export { repeatsOtherTarget, earlierContains, sameKeyCount, earlierIdentical, repeatsHeadline } from "./repeats";
export { missingRunInPart, type SegmentPart } from "./run-in";
export { headlineLeftOut, headlineMirrored } from "./headline";
export { headlineByOpening } from "./headline-opening";
export { copiesInPlace } from "./copies";
