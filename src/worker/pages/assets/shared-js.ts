/** Client script shared by the pages: the API key, errors, and the pure helpers of client-lib.ts as source text. */
import { actionLabel, diffHunks, editBetween, lineEdits, parseGlossary, shiftSpans, unifiedDiff } from "../client-lib";

/**
 * The shared client functions as source text. The bundler may wrap inner functions in __name(fn, "name")
 * (keepNames), so the page gets a no-op __name first.
 */
export const CLIENT_LIB = [
  "var __name = function (fn) { return fn; };",
  ...Object.entries({ actionLabel, diffHunks, editBetween, lineEdits, parseGlossary, shiftSpans, unifiedDiff }).map(
    ([name, fn]) => `var ${name} = ${fn.toString()};`,
  ),
].join("\n");

/** The key input, request headers and error display used by every page script. */
export const SHARED_JS = `
function apiHeaders() {
  var key = sessionStorage.getItem("translint-key") || "";
  var headers = { "content-type": "application/json" };
  if (key) headers.authorization = "Bearer " + key;
  return headers;
}
function bindKeyInput() {
  var input = document.getElementById("api-key");
  if (!input) return;
  input.value = sessionStorage.getItem("translint-key") || "";
  input.addEventListener("change", function () { sessionStorage.setItem("translint-key", input.value.trim()); });
}
function showError(id, message) {
  var el = document.getElementById(id);
  el.textContent = message;
  el.hidden = !message;
}
`;
