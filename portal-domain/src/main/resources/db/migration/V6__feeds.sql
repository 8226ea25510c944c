-- Issue 6 (part 1): shared data feeds. Tenant: the workspace (workspace_id), which leads every key.
-- Runs on MySQL 8 / MariaDB and on H2 in MySQL mode; db/mysql/V6_1 gives row keys a binary
-- collation on MySQL (H2 compares strings by code point already).

-- A feed of one workspace, published by one side (direction) with typed columns.
CREATE TABLE feed (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id      BIGINT        NOT NULL,
  name              VARCHAR(120)  NOT NULL,
  description       VARCHAR(2000) NOT NULL,
  -- CLIENT_TO_VENDOR or VENDOR_TO_CLIENT: only the publishing side submits rows
  direction         VARCHAR(20)   NOT NULL,
  -- the column definitions as a JSON array (name, type, key, required, enum values, scale)
  columns_json      MEDIUMTEXT    NOT NULL,
  -- expected cadence: by this local time on these weekdays (MON,TUE,...) in this zone; NULL: none
  cadence_time      TIME,
  cadence_zone      VARCHAR(64),
  cadence_days      VARCHAR(40),
  current_version   INT           NOT NULL,
  last_version_at   DATETIME(6),
  -- who sent the current version and from where, for the list (no per-feed lookup)
  last_version_by   BIGINT,
  last_version_source VARCHAR(160),
  -- the missed deadline the feed is stale for (its coordinators were told); NULL: fresh
  stale_deadline    DATETIME(6),
  created_by        BIGINT        NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  version           BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_feed_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_feed_name UNIQUE (workspace_id, name),
  CONSTRAINT fk_feed_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_feed_created_by FOREIGN KEY (created_by) REFERENCES account (id)
);

-- Every accepted submission is a version: who, when, from where, what it changed.
CREATE TABLE feed_version (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id         BIGINT        NOT NULL,
  feed_id              BIGINT        NOT NULL,
  number               INT           NOT NULL,
  submitter_org_id     BIGINT        NOT NULL,
  submitter_account_id BIGINT,
  source               VARCHAR(160)  NOT NULL,
  -- MERGE or SNAPSHOT
  mode                 VARCHAR(10)   NOT NULL,
  added                INT           NOT NULL,
  changed              INT           NOT NULL,
  removed              INT           NOT NULL,
  unchanged            INT           NOT NULL,
  idempotency_key      VARCHAR(100),
  submitted_at         DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_feed_version_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_feed_version_number UNIQUE (workspace_id, feed_id, number),
  -- a retried submission (same key) is answered from here, never stored twice
  CONSTRAINT uq_feed_version_idempotency UNIQUE (workspace_id, feed_id, idempotency_key),
  CONSTRAINT fk_feed_version_feed FOREIGN KEY (workspace_id, feed_id)
    REFERENCES feed (workspace_id, id),
  CONSTRAINT fk_feed_version_org FOREIGN KEY (submitter_org_id) REFERENCES organization (id),
  CONSTRAINT fk_feed_version_account FOREIGN KEY (submitter_account_id) REFERENCES account (id)
);

-- The rows of every version, kept as validity ranges: a row is current while to_version is NULL;
-- a change closes it (to_version) and adds a row from the new version. Unchanged rows are not
-- rewritten. No generated id (batched inserts, eclipselink#1480) and no foreign key: rows are
-- written only by the reviewed FeedRowSql, with the feed locked, in bulk.
CREATE TABLE feed_row (
  workspace_id  BIGINT        NOT NULL,
  feed_id       BIGINT        NOT NULL,
  -- the key cells, each escaped, joined by U+001F
  row_key       VARCHAR(500)  NOT NULL,
  from_version  INT           NOT NULL,
  to_version    INT,
  -- a SNAPSHOT marks the unchanged rows it contained, then closes the current rows it did not
  seen_version  INT,
  -- all cells, each escaped, joined by U+001F (FeedCells)
  cells         MEDIUMTEXT    NOT NULL,
  PRIMARY KEY (workspace_id, feed_id, row_key, from_version)
);
CREATE INDEX ix_feed_row_current ON feed_row (workspace_id, feed_id, to_version, row_key);
