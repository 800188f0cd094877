import { FORMATS, SEVERITIES, SUPPORTED_LANGS } from "../../types";
import type { CheckRequest } from "../../types";
import { Layout } from "./layout";

/** GET /: paste an article and its translation (pre-filled with a demo pair), check and store, open the review. */
export function HomePage(props: { demo: CheckRequest }) {
  const { demo } = props;
  return (
    <Layout title="translint — check a translation" script="/assets/home.js">
      <header class="bar">
        <h1>
          <a href="/">translint</a>
        </h1>
        <p class="lead">Paste a news article and its translation; translint checks them and opens a review page.</p>
      </header>
      <main>
        <form id="check-form" class="check-form" method="post" action="/v1/check">
          <div class="sides">
            <Side name="source" label="Source article" lang={demo.source.lang} text={demo.source.text} />
            <Side name="target" label="Translation" lang={demo.target.lang} text={demo.target.text} />
          </div>
          <details class="glossary">
            <summary>Glossary (optional)</summary>
            <label for="glossary">
              Terms the translation must use, one a line: <code>source term = required translation</code>
            </label>
            <textarea id="glossary" name="glossary" rows={4} spellcheck={false} placeholder={"vivienda = housing\nOIM = IOM"}></textarea>
          </details>
          <div class="form-row">
            <label>
              Format{" "}
              <select name="format" id="format">
                {FORMATS.map((f) => (
                  <option value={f} selected={f === (demo.format ?? "text")}>
                    {f}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Block on{" "}
              <select name="failOn" id="fail-on" title="The least severe issue that makes the verdict block">
                {SEVERITIES.map((s) => (
                  <option value={s} selected={s === "major"}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
            <details class="api-key">
              <summary>API key</summary>
              <input type="password" id="api-key" autocomplete="off" placeholder="Bearer key (if the server needs one)" />
            </details>
            <button type="submit" id="check-button">
              Check and review
            </button>
          </div>
          <p id="form-error" class="error" role="alert" hidden></p>
        </form>
      </main>
    </Layout>
  );
}

function Side(props: { name: "source" | "target"; label: string; lang: string; text: string }) {
  return (
    <fieldset class="side">
      <legend>{props.label}</legend>
      <label>
        Language{" "}
        <select name={`${props.name}-lang`} id={`${props.name}-lang`}>
          {SUPPORTED_LANGS.map((l) => (
            <option value={l} selected={l === props.lang}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <textarea name={`${props.name}-text`} id={`${props.name}-text`} rows={18} required spellcheck={false}>
        {props.text}
      </textarea>
    </fieldset>
  );
}
