-- Stored check reports, their review state, and dismissals remembered per article.
-- Times are milliseconds since the Unix epoch.

CREATE TABLE reports (
  id TEXT PRIMARY KEY,                 -- 128 random bits, base32
  article_key TEXT NOT NULL,           -- SHA-256 hex of the article identity (see src/worker/store.ts)
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  request_json TEXT NOT NULL,          -- the validated check request
  report_json TEXT NOT NULL,           -- the report exactly as the checker produced it
  status TEXT CHECK (status IN ('approved', 'rejected')),
  status_comment TEXT,
  reviewed_at INTEGER
);
CREATE INDEX reports_expires_at ON reports (expires_at);
CREATE INDEX reports_article_key ON reports (article_key);

-- One row per reviewed issue of a report.
CREATE TABLE issue_reviews (
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  issue_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'dismissed')),
  comment TEXT,
  carried_over INTEGER NOT NULL DEFAULT 0,   -- 1 when copied from an earlier dismissal of the same article
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (report_id, issue_id)
);

-- Issues dismissed as false alarms, remembered per article so later checks mark them dismissed.
CREATE TABLE dismissals (
  article_key TEXT NOT NULL,
  issue_id TEXT NOT NULL,
  comment TEXT,
  report_id TEXT NOT NULL,             -- the report in which it was dismissed (it may since have expired)
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,         -- refreshed whenever a new report of the article reuses it
  PRIMARY KEY (article_key, issue_id)
);
CREATE INDEX dismissals_expires_at ON dismissals (expires_at);
