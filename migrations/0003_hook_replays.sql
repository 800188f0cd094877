-- Signatures of accepted CMS hook calls, remembered until they go stale, so an identical signed request sent
-- again inside its window is refused (src/worker/hooks/replays.ts). Times are milliseconds since the Unix epoch.

CREATE TABLE hook_replays (
  hook TEXT NOT NULL,                  -- generic, contentful or sanity
  signature TEXT NOT NULL,             -- the signature as sent (hex or base64url)
  expires_at INTEGER NOT NULL,         -- the signed timestamp plus the hook's window: after it, the signature is stale
  PRIMARY KEY (hook, signature)
);
CREATE INDEX hook_replays_expires_at ON hook_replays (expires_at);
