-- Tenants: every stored report (and with it its issue reviews) and every remembered dismissal belongs to the
-- tenant that created it: a named tenant from API_KEYS ("name:key"), "key:<SHA-256 prefix of the key>" for an
-- unnamed key, "public" when the API is open (local development), "hooks" for the CMS hooks. Raw keys are
-- never stored. Rows stored before tenants existed go to "public" (readable only while the API is open).

ALTER TABLE reports ADD COLUMN tenant TEXT NOT NULL DEFAULT 'public';
CREATE INDEX reports_tenant_article ON reports (tenant, article_key);

-- Dismissals are remembered per tenant and article: the primary key gains the tenant (SQLite cannot alter a
-- primary key, so the table is rebuilt).
CREATE TABLE dismissals_by_tenant (
  tenant TEXT NOT NULL,
  article_key TEXT NOT NULL,
  issue_id TEXT NOT NULL,
  comment TEXT,
  report_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (tenant, article_key, issue_id)
);
INSERT INTO dismissals_by_tenant (tenant, article_key, issue_id, comment, report_id, created_at, expires_at)
  SELECT 'public', article_key, issue_id, comment, report_id, created_at, expires_at FROM dismissals;
DROP TABLE dismissals;
ALTER TABLE dismissals_by_tenant RENAME TO dismissals;
CREATE INDEX dismissals_expires_at ON dismissals (expires_at);
