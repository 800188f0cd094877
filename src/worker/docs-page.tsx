import { ERROR_CODES } from "./error-codes";
import { requestExample } from "./docs-examples";
import type { OpenApiDocument } from "./openapi";

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

const STYLE = `
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:0 auto;padding:1rem;color:#1d232a;overflow-wrap:break-word}
h1{margin:.5rem 0 .2rem} h2{margin-top:2.5rem;border-bottom:1px solid #ddd} h3{overflow-wrap:anywhere}
nav.toc{background:#f5f6f8;border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem}
nav.toc h2{margin:.2rem 0;border:0;font-size:1.05rem} nav.toc ol{margin:.2rem 0;padding-left:1.3rem}
nav.toc code{font-size:12px}
section.op{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
.method{display:inline-block;min-width:4.2rem;font-weight:700;text-transform:uppercase}
.get{color:#0b6e4f}.post{color:#1f4ea8}.put,.patch{color:#8a5a00}.delete{color:#a1232b}
code,pre{font:13px/1.4 ui-monospace,monospace} code{overflow-wrap:anywhere}
pre{background:#f5f6f8;padding:.6rem;overflow-x:auto;border-radius:4px;max-width:100%;white-space:pre-wrap;overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%} td,th{padding:.2rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.lock{font-size:12px;color:#8a5a00;margin-left:.5rem}
details{margin:.4rem 0} summary{cursor:pointer}
@media (max-width:600px){body{font-size:14px;padding:.6rem} section.op{padding:.5rem .6rem} td,th{padding:.2rem .3rem}}
`;

/** One operation of the document, with its method and path. */
interface OperationEntry {
  method: string;
  path: string;
  op: Operation;
}

/** The API reference page: contents, quick start, errors, every operation with an example, the schemas. */
export function DocsPage(props: { doc: OpenApiDocument; nonce: string; base: string }) {
  const { doc, nonce, base } = props;
  const ops = operations(doc);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>
          {doc.info.title} {doc.info.version}
        </title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <h1>{doc.info.title}</h1>
        <p>
          Version {doc.info.version} · OpenAPI {doc.openapi} · <a href="/openapi.json">openapi.json</a> ·{" "}
          <a href="/schemas/report.json">report JSON Schema</a> · <a href="/">check a translation</a>
        </p>
        <Contents ops={ops} />
        <h2 id="start">Quick start</h2>
        {(doc.info.description ?? "").split("\n\n").map((p) => (
          <p>{p}</p>
        ))}
        <pre>{checkExample(base)}</pre>
        <ErrorTable />
        <h2 id="operations">Endpoints</h2>
        {ops.map((o) => (
          <OperationView method={o.method} path={o.path} op={o.op} base={base} />
        ))}
        <h2 id="schemas">Schemas</h2>
        <SchemaList doc={doc} />
      </body>
    </html>
  );
}

/** The contents list: the page's sections and every operation. */
function Contents(props: { ops: OperationEntry[] }) {
  const { ops } = props;
  return (
    <nav class="toc" aria-label="Contents">
      <h2>Contents</h2>
      <ol>
        <li>
          <a href="#start">Quick start</a>
        </li>
        <li>
          <a href="#errors">Errors</a>
        </li>
        <li>
          <a href="#operations">Endpoints</a>
          <ol>
            {ops.map((o) => (
              <li>
                <a href={`#${o.method}-${o.path}`}>
                  <span class={`method ${o.method}`}>{o.method}</span> <code>{o.path}</code>
                </a>
              </li>
            ))}
          </ol>
        </li>
        <li>
          <a href="#schemas">Schemas</a>
        </li>
      </ol>
    </nav>
  );
}

/** Every component schema, folded, with an anchor for the links of SchemaRef. */
function SchemaList(props: { doc: OpenApiDocument }) {
  const schemas = Object.entries((props.doc.components?.schemas ?? {}) as Record<string, unknown>);
  return (
    <>
      {schemas.map(([name, schema]) => (
        <details id={`schema-${name}`}>
          <summary>
            <code>{name}</code>
          </summary>
          <pre>{JSON.stringify(schema, null, 2)}</pre>
        </details>
      ))}
    </>
  );
}

/** Every operation of the document, by path then method. */
function operations(doc: OpenApiDocument): OperationEntry[] {
  const paths = Object.entries(doc.paths ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return paths.flatMap(([path, item]) =>
    METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((method) => ({
      method,
      path,
      op: (item as Record<string, Operation>)[method],
    })),
  );
}

/** The error codes every endpoint may answer, with their status and cause. */
function ErrorTable() {
  return (
    <>
      <h2 id="errors">Errors</h2>
      <p>
        Every error is JSON, <code>{'{"error": {"code": "…", "message": "…"}}'}</code>; the message names the field or the limit. No input
        produces a 5xx.
      </p>
      <div class="scroll">
        <table>
          <tr>
            <th>Status</th>
            <th>code</th>
            <th>When</th>
          </tr>
          {ERROR_CODES.map((e) => (
            <tr>
              <td>{e.status}</td>
              <td>
                <code>{e.code}</code>
              </td>
              <td>{e.when}</td>
            </tr>
          ))}
        </table>
      </div>
    </>
  );
}

/** One operation: summary, parameters, request body, an example request and its responses. */
function OperationView(props: { method: string; path: string; op: Operation; base: string }) {
  const { method, path, op, base } = props;
  const body = op.requestBody?.content?.["application/json"]?.schema;
  return (
    <section class="op" id={`${method}-${path}`}>
      <h3>
        <span class={`method ${method}`}>{method}</span> <code>{path}</code>
        {op.security && op.security.length > 0 ? <span class="lock">bearer key</span> : null}
      </h3>
      {op.summary ? (
        <p>
          <strong>{op.summary}</strong>
        </p>
      ) : null}
      {op.description ? <p>{op.description}</p> : null}
      <ParameterTable op={op} />
      {body ? (
        <>
          <p>
            Request body (<code>application/json</code>):
          </p>
          <SchemaRef schema={body} />
        </>
      ) : null}
      <p>Example:</p>
      <pre class="example">{requestExample(method, path, base)}</pre>
      <ResponseTable op={op} />
    </section>
  );
}

/** The operation's parameters (name, where, description; "*" when required), or nothing. */
function ParameterTable(props: { op: Operation }) {
  const { op } = props;
  if (!op.parameters || op.parameters.length === 0) return null;
  return (
    <div class="scroll">
      <table>
        <tr>
          <th>Parameter</th>
          <th>In</th>
          <th>Description</th>
        </tr>
        {op.parameters.map((p) => (
          <tr>
            <td>
              <code>{p.name}</code>
              {p.required ? " *" : ""}
            </td>
            <td>{p.in}</td>
            <td>{p.description ?? ""}</td>
          </tr>
        ))}
      </table>
    </div>
  );
}

/** The operation's responses: status, description and the body's media type and schema. */
function ResponseTable(props: { op: Operation }) {
  const { op } = props;
  return (
    <div class="scroll">
      <table>
        <tr>
          <th>Status</th>
          <th>Description</th>
          <th>Body</th>
        </tr>
        {Object.entries(op.responses ?? {}).map(([status, r]) => {
          const content = r.content ? Object.entries(r.content)[0] : undefined;
          return (
            <tr>
              <td>{status}</td>
              <td>{r.description ?? ""}</td>
              <td>
                {content ? (
                  <>
                    {content[0]} <SchemaRef schema={content[1].schema} />
                  </>
                ) : null}
              </td>
            </tr>
          );
        })}
      </table>
    </div>
  );
}

function checkExample(base: string): string {
  return `${requestExample("post", "/v1/check", base)}\n\n# → {"version": 1, "summary": {"verdict": "block", …}, "issues": [ … ], "fixed": "…", "patch": "…"}`;
}

function SchemaRef(props: { schema: unknown }) {
  const ref = (props.schema as { $ref?: string } | undefined)?.$ref;
  if (ref?.startsWith("#/components/schemas/")) {
    const name = ref.slice("#/components/schemas/".length);
    return <a href={`#schema-${name}`}>{name}</a>;
  }
  return (
    <details>
      <summary>schema</summary>
      <pre>{JSON.stringify(props.schema ?? {}, null, 2)}</pre>
    </details>
  );
}
