/** The tenant of every request while the API is open (no API key configured: local development). */
export const PUBLIC_TENANT = "public";
/** The tenant of reports stored by the CMS hooks (map a key to it, `hooks:<key>`, to review them via the API). */
export const HOOKS_TENANT = "hooks";

/**
 * The tenant the CMS hooks store under: "hooks", or "public" while the API is open (no usable API key: local
 * development has one tenant, so its review page can review hook reports too).
 */
export function hookTenant(env: { API_KEYS?: string }): string {
  return parseKeyEntries(env.API_KEYS).length === 0 ? PUBLIC_TENANT : HOOKS_TENANT;
}
/** A tenant name in API_KEYS (`name:key`): letters, digits, `.`, `_`, `-`; 1 to 64 characters. */
export const TENANT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** One usable entry of API_KEYS: the key, and the tenant named for it (if any). */
export interface KeyEntry {
  key: string;
  tenant?: string;
}

/**
 * Parses the API_KEYS secret: comma-separated entries, each a key or `tenant:key` (split at the first colon
 * when what precedes it is a tenant name). Empty entries and entries with an empty key are not usable and
 * are left out.
 */
export function parseKeyEntries(secret: string | undefined): KeyEntry[] {
  const out: KeyEntry[] = [];
  for (const raw of (secret ?? "").split(",")) {
    const entry = raw.trim();
    const colon = entry.indexOf(":");
    const name = colon > 0 ? entry.slice(0, colon) : "";
    if (TENANT_NAME.test(name)) {
      const key = entry.slice(colon + 1).trim();
      if (key) out.push({ key, tenant: name });
    } else if (entry) out.push({ key: entry });
  }
  return out;
}

/** The tenant of an unnamed key: "key:" and the first 32 hex digits of its SHA-256 digest (never the key). */
export function tenantOfDigest(digestHex: string): string {
  return `key:${digestHex.slice(0, 32)}`;
}
