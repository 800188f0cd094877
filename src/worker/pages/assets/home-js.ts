/** The home page script: submits the check form and opens the stored review. */
import { CLIENT_LIB, SHARED_JS } from "./shared-js";

export const HOME_JS = `${SHARED_JS}
${CLIENT_LIB}
(function () {
  bindKeyInput();
  var form = document.getElementById("check-form");
  var button = document.getElementById("check-button");
  function value(id) { return document.getElementById(id).value; }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    showError("form-error", "");
    var glossary = parseGlossary(value("glossary"));
    if (glossary.error) { showError("form-error", glossary.error); return; }
    button.disabled = true;
    var body = {
      source: { text: value("source-text"), lang: value("source-lang") },
      target: { text: value("target-text"), lang: value("target-lang") },
      format: value("format"),
      store: true
    };
    body.options = { failOn: value("fail-on") };
    if (glossary.entries.length) body.options.glossary = glossary.entries;
    fetch("/v1/check", { method: "POST", headers: apiHeaders(), body: JSON.stringify(body) })
      .then(function (res) { return res.json().catch(function () { return {}; }).then(function (data) { return { res: res, data: data }; }); })
      .then(function (r) {
        if (r.res.ok && r.data.url) { location.assign(new URL(r.data.url).pathname); return; }
        var message = (r.data.error && r.data.error.message) || ("The check failed (HTTP " + r.res.status + ").");
        showError("form-error", message);
        button.disabled = false;
      })
      .catch(function (err) { showError("form-error", String(err)); button.disabled = false; });
  });
})();
`;
