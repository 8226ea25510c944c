-- Issue 4: communication threads in each workspace. Tenant: the workspace (workspace_id), which
-- leads every unique key; children point at parents of the same workspace by composite keys.

CREATE TABLE thread_category (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  workspace_id BIGINT      NOT NULL,
  name         VARCHAR(60) NOT NULL,
  position     INT         NOT NULL,
  version      BIGINT      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_thread_category_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_thread_category_name UNIQUE (workspace_id, name),
  CONSTRAINT fk_thread_category_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id)
);

-- The categories every workspace starts with; its coordinators edit the list.
INSERT INTO thread_category (workspace_id, name, position, version)
  SELECT id, 'General', 1, 1 FROM partnership;
INSERT INTO thread_category (workspace_id, name, position, version)
  SELECT id, 'Escalation', 2, 1 FROM partnership;
INSERT INTO thread_category (workspace_id, name, position, version)
  SELECT id, 'Training', 3, 1 FROM partnership;
INSERT INTO thread_category (workspace_id, name, position, version)
  SELECT id, 'Operations', 4, 1 FROM partnership;

CREATE TABLE conversation (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id   BIGINT       NOT NULL,
  category_id    BIGINT       NOT NULL,
  title          VARCHAR(200) NOT NULL,
  -- another item of the workspace the thread is about (a visit, a feed, an exchange)
  linked_type    VARCHAR(32),
  linked_id      BIGINT,
  pinned         BOOLEAN      NOT NULL,
  resolved       BOOLEAN      NOT NULL,
  started_by     BIGINT       NOT NULL,
  started_at     DATETIME(6)  NOT NULL,
  last_post_at   DATETIME(6)  NOT NULL,
  -- posts are numbered 1, 2, … per thread; this is the last number given
  post_count     INT          NOT NULL,
  version        BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_conversation_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_conversation_category FOREIGN KEY (workspace_id, category_id)
    REFERENCES thread_category (workspace_id, id),
  CONSTRAINT fk_conversation_started_by FOREIGN KEY (started_by) REFERENCES account (id)
);
CREATE INDEX ix_conversation_list ON conversation (workspace_id, pinned, last_post_at);

CREATE TABLE post (
  id               BIGINT      NOT NULL AUTO_INCREMENT,
  workspace_id     BIGINT      NOT NULL,
  conversation_id  BIGINT      NOT NULL,
  seq              INT         NOT NULL,
  author_id        BIGINT      NOT NULL,
  reply_to_seq     INT,
  body_markdown    MEDIUMTEXT  NOT NULL,
  body_html        MEDIUMTEXT  NOT NULL,
  created_at       DATETIME(6) NOT NULL,
  edited_at        DATETIME(6),
  removed_at       DATETIME(6),
  removed_by       BIGINT,
  version          BIGINT      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_post_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_post_seq UNIQUE (workspace_id, conversation_id, seq),
  CONSTRAINT fk_post_conversation FOREIGN KEY (workspace_id, conversation_id)
    REFERENCES conversation (workspace_id, id),
  CONSTRAINT fk_post_author FOREIGN KEY (author_id) REFERENCES account (id)
);

-- Earlier texts of an edited post, newest last.
CREATE TABLE post_revision (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  workspace_id  BIGINT      NOT NULL,
  post_id       BIGINT      NOT NULL,
  body_markdown MEDIUMTEXT  NOT NULL,
  written_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_post_revision_post FOREIGN KEY (workspace_id, post_id) REFERENCES post (workspace_id, id)
);
CREATE INDEX ix_post_revision ON post_revision (workspace_id, post_id, id);

-- Stored in the database so that every cluster node serves it; the bytes in 1 MB chunks, which
-- stay under MySQL's max_allowed_packet whatever the file's size.
CREATE TABLE attachment (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id BIGINT       NOT NULL,
  post_id      BIGINT       NOT NULL,
  file_name    VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  image        BOOLEAN      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_attachment_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_attachment_post FOREIGN KEY (workspace_id, post_id) REFERENCES post (workspace_id, id)
);
CREATE INDEX ix_attachment_post ON attachment (workspace_id, post_id);

CREATE TABLE attachment_chunk (
  id            BIGINT     NOT NULL AUTO_INCREMENT,
  workspace_id  BIGINT     NOT NULL,
  attachment_id BIGINT     NOT NULL,
  seq           INT        NOT NULL,
  data          MEDIUMBLOB NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_attachment_chunk UNIQUE (workspace_id, attachment_id, seq),
  CONSTRAINT fk_attachment_chunk FOREIGN KEY (workspace_id, attachment_id)
    REFERENCES attachment (workspace_id, id)
);

-- How far each reader has read a thread (unread = post_count - last_seen_seq) ...
CREATE TABLE thread_reader (
  id              BIGINT NOT NULL AUTO_INCREMENT,
  workspace_id    BIGINT NOT NULL,
  conversation_id BIGINT NOT NULL,
  account_id      BIGINT NOT NULL,
  last_seen_seq   INT    NOT NULL,
  version         BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_thread_reader UNIQUE (workspace_id, conversation_id, account_id),
  CONSTRAINT fk_thread_reader_conversation FOREIGN KEY (workspace_id, conversation_id)
    REFERENCES conversation (workspace_id, id),
  CONSTRAINT fk_thread_reader_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_thread_reader_account ON thread_reader (workspace_id, account_id);

-- ... and when they saw which posts: one row per advance, posts from_seq..to_seq ("seen by").
CREATE TABLE post_seen (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  workspace_id    BIGINT      NOT NULL,
  conversation_id BIGINT      NOT NULL,
  account_id      BIGINT      NOT NULL,
  from_seq        INT         NOT NULL,
  to_seq          INT         NOT NULL,
  seen_at         DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_post_seen_conversation FOREIGN KEY (workspace_id, conversation_id)
    REFERENCES conversation (workspace_id, id),
  CONSTRAINT fk_post_seen_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_post_seen ON post_seen (workspace_id, conversation_id, to_seq);

-- A person's notifications. Tenant: the recipient's organization (private to them).
CREATE TABLE notification (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organization_id BIGINT       NOT NULL,
  account_id      BIGINT       NOT NULL,
  workspace_id    BIGINT       NOT NULL,
  conversation_id BIGINT       NOT NULL,
  post_seq        INT          NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  actor_name      VARCHAR(200) NOT NULL,
  subject         VARCHAR(200) NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  read_at         DATETIME(6),
  digested_at     DATETIME(6),
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_notification_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_notification_inbox ON notification (organization_id, account_id, created_at);

-- Per person: a daily e-mail of the day's unread notifications.
ALTER TABLE account ADD COLUMN daily_digest BOOLEAN NOT NULL DEFAULT FALSE;
