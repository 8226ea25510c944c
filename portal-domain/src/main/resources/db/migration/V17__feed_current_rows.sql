-- How many rows the feed's current version holds, kept by each new version as it is recorded, so
-- that a page of the current rows needs no COUNT over the whole version (50,000 rows and more).
ALTER TABLE feed ADD COLUMN current_rows BIGINT NOT NULL DEFAULT 0;

UPDATE feed SET current_rows =
  (SELECT COUNT(*) FROM feed_row r
    WHERE r.workspace_id = feed.workspace_id AND r.feed_id = feed.id AND r.to_version IS NULL);
