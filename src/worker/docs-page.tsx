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
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1d232a}
h1{margin-bottom:.2rem} h2{margin-top:2.5rem;border-bottom:1px solid #ddd}
section.op{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
.method{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}
.get{color:#0b6e4f}.post{color:#1f4ea8}.put,.patch{color:#8a5a00}.delete{color:#a1232b}
code,pre{font:13px/1.4 ui-monospace,monospace} pre{background:#f5f6f8;padding:.6rem;overflow:auto;border-radius:4px}
table{border-collapse:collapse} td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
.lock{font-size:12px;color:#8a5a00;margin-left:.5rem}
`;

/** The API reference page: every operation and schema of the OpenAPI document, rendered on the server. */
export function DocsPage(props: { doc: OpenApiDocument; nonce: string }) {
  const { doc, nonce } = props;
  const paths = Object.entries(doc.paths ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const schemas = Object.entries((doc.components?.schemas ?? {}) as Record<string, unknown>);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{doc.info.title} {doc.info.version}</title>
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <h1>{doc.info.title}</h1>
        <p>Version {doc.info.version} · OpenAPI {doc.openapi} · <a href="/openapi.json">openapi.json</a> ·{" "}
          <a href="/schemas/report.json">report JSON Schema</a></p>
        {(doc.info.description ?? "").split("\n\n").map((p) => <p>{p}</p>)}
        <h2>Operations</h2>
        {paths.flatMap(([path, item]) =>
          METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((m) => (
            <OperationView method={m} path={path} op={(item as Record<string, Operation>)[m]} />
          )),
        )}
        <h2>Schemas</h2>
        {schemas.map(([name, schema]) => (
          <section id={`schema-${name}`}>
            <h3>{name}</h3>
            <pre>{JSON.stringify(schema, null, 2)}</pre>
          </section>
        ))}
      </body>
    </html>
  );
}

function OperationView(props: { method: string; path: string; op: Operation }) {
  const { method, path, op } = props;
  const body = op.requestBody?.content?.["application/json"]?.schema;
  return (
    <section class="op" id={`${method}-${path}`}>
      <h3><span class={`method ${method}`}>{method}</span> <code>{path}</code>
        {op.security && op.security.length > 0 ? <span class="lock">bearer key</span> : null}</h3>
      {op.summary ? <p><strong>{op.summary}</strong></p> : null}
      {op.description ? <p>{op.description}</p> : null}
      {op.parameters && op.parameters.length > 0 ? (
        <table>
          <tr><th>Parameter</th><th>In</th><th>Description</th></tr>
          {op.parameters.map((p) => (
            <tr><td><code>{p.name}</code>{p.required ? " *" : ""}</td><td>{p.in}</td><td>{p.description ?? ""}</td></tr>
          ))}
        </table>
      ) : null}
      {body ? (<><p>Request body (<code>application/json</code>):</p><SchemaRef schema={body} /></>) : null}
      <table>
        <tr><th>Status</th><th>Description</th><th>Body</th></tr>
        {Object.entries(op.responses ?? {}).map(([status, r]) => {
          const content = r.content ? Object.entries(r.content)[0] : undefined;
          return (
            <tr>
              <td>{status}</td>
              <td>{r.description ?? ""}</td>
              <td>{content ? <>{content[0]} <SchemaRef schema={content[1].schema} /></> : null}</td>
            </tr>
          );
        })}
      </table>
    </section>
  );
}

function SchemaRef(props: { schema: unknown }) {
  const ref = (props.schema as { $ref?: string } | undefined)?.$ref;
  if (ref?.startsWith("#/components/schemas/")) {
    const name = ref.slice("#/components/schemas/".length);
    return <a href={`#schema-${name}`}>{name}</a>;
  }
  return <pre>{JSON.stringify(props.schema ?? {}, null, 2)}</pre>;
}
