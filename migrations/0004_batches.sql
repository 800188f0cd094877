-- Batches of article pairs checked through the Cloudflare Queue (src/worker/batches/). Times are ms since epoch.

CREATE TABLE batches (
  id TEXT PRIMARY KEY,                 -- 128 random bits, base32 (as report ids)
  tenant TEXT NOT NULL,                -- the tenant of the API key that created it (src/worker/tenant.ts)
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  total INTEGER NOT NULL,
  base_url TEXT NOT NULL,              -- origin the batch was posted to (absolute links in the webhook)
  callback_url TEXT,                   -- signed completion webhook target, if any
  finished_at INTEGER,                 -- set once, by the consumer that settles the last item
  callback_status TEXT                 -- "sent 200", "failed: …" once the webhook was tried
);
CREATE INDEX batches_expires_at ON batches (expires_at);

-- One row per item, keyed by batch and index, so a redelivered message never stores a second report.
CREATE TABLE batch_items (
  batch_id TEXT NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,                -- position in the submitted batch, from 0
  item_id TEXT,                        -- the caller's meta.id
  status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,                     -- error of the latest failed attempt (kept for the dead-letter consumer)
  error TEXT,                          -- why a failed item failed
  verdict TEXT CHECK (verdict IN ('pass', 'review', 'block')),
  issues INTEGER,
  critical INTEGER,
  major INTEGER,
  minor INTEGER,
  by_rule TEXT,                        -- JSON {ruleId: count}
  by_category TEXT,                    -- JSON {category: count}
  report_id TEXT,                      -- the stored report (reports.id) when it fits in D1
  report_r2_key TEXT,                  -- else the R2 object holding the report
  duration_ms INTEGER,                 -- from the start of the check to the report stored
  finished_at INTEGER,
  PRIMARY KEY (batch_id, idx)
);
CREATE INDEX batch_items_status ON batch_items (batch_id, status);
