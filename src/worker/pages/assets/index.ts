/** Static assets of the pages, served by the Worker itself under /assets/ (no CDN, no inline code). */
import { HOME_JS } from "./home-js";
import { REVIEW_JS } from "./review-js";
import { CSS } from "./styles";

/** The favicon: a blue tile with a white tick over two lines of text (served at /favicon.svg and /favicon.ico). */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<rect width="32" height="32" rx="7" fill="#1f6feb"/>' +
  '<path d="M7 10h12M7 16h8" stroke="#cfe0ff" stroke-width="2.5" stroke-linecap="round"/>' +
  '<path d="M14 22l4 4 8-10" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>' +
  "</svg>";

/** Assets by file name: body and content type. */
export const ASSETS: ReadonlyMap<string, { body: string; type: string }> = new Map([
  ["translint.css", { body: CSS, type: "text/css; charset=utf-8" }],
  ["home.js", { body: HOME_JS, type: "text/javascript; charset=utf-8" }],
  ["review.js", { body: REVIEW_JS, type: "text/javascript; charset=utf-8" }],
]);
