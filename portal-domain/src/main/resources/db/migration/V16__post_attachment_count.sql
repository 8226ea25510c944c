-- How many files a post carries, so that a page of posts looks files up only when one has some
-- (most pages have none: one query less per thread page).
ALTER TABLE post ADD COLUMN attachment_count INT NOT NULL DEFAULT 0;

UPDATE post SET attachment_count =
  (SELECT COUNT(*) FROM attachment a WHERE a.workspace_id = post.workspace_id AND a.post_id = post.id);
