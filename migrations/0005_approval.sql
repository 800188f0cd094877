-- Who approved an article and over which open issues at or above failOn (JSON: {"by", "over": [{id, ruleId,
-- severity}]}); null unless the article is approved.
ALTER TABLE reports ADD COLUMN approval_json TEXT;
