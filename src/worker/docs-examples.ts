/** A small article pair for the examples (written for these docs). */
const PAIR = {
  source: { text: "La OIM informó el martes de 120 rescates.", lang: "es" },
  target: { text: "The OIM reported 210 rescues on Monday.", lang: "en" },
};

/** Request bodies of the examples, by "METHOD path". */
const BODIES: Readonly<Record<string, unknown>> = {
  "post /v1/check": { ...PAIR, options: { failOn: "major" } },
  "patch /v1/reports/{id}": {
    status: "approved",
    approvedBy: "Night desk",
    issues: [{ id: "acronym-1f0c9a2e", status: "accepted" }],
  },
  "post /v1/hooks/generic": { ...PAIR, meta: { article: "cms-entry-42" } },
};

/** Extra headers of the examples, by "METHOD path" (hooks are signed instead of using the bearer key). */
const HEADERS: Readonly<Record<string, string[]>> = {
  "post /v1/hooks/generic": ["X-Translint-Timestamp: $ts", "X-Translint-Signature: sha256=$sig   # see docs/integrations.md"],
  "post /v1/hooks/contentful": ["x-contentful-signature: …   # Contentful signs the request (docs/integrations.md)"],
  "post /v1/hooks/sanity": ["sanity-webhook-signature: t=…,v1=…   # Sanity signs the request (docs/integrations.md)"],
};

/** A curl command for an operation: method, URL (path parameters as placeholders), headers and a JSON body. */
export function requestExample(method: string, path: string, base: string): string {
  const key = `${method} ${path}`;
  const url = base + path.replace(/\{(\w+)\}/g, (_m, name: string) => `$${name.toUpperCase()}`);
  const lines = [`curl -s${method === "get" ? "" : ` -X ${method.toUpperCase()}`} "${url}"`];
  const hook = path.startsWith("/v1/hooks/");
  if (path.startsWith("/v1/") && !hook) lines.push(`-H "Authorization: Bearer $TRANSLINT_KEY"`);
  for (const h of HEADERS[key] ?? []) lines.push(`-H "${h}"`);
  const body = BODIES[key];
  if (body !== undefined || (hook && method === "post")) {
    lines.push(`-H "Content-Type: application/json"`);
    lines.push(`-d '${JSON.stringify(body ?? { "…": "the CMS's own payload" })}'`);
  }
  return lines.join(" \\\n  ");
}
