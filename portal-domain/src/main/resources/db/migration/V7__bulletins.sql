-- Issue 6, part 3: bulletins that agents must acknowledge, the training library and the authority
-- matrix. Tenant: the workspace (workspace_id), which leads every unique key; children point at
-- their parent of the same workspace by composite keys.

-- Where a member works, so that a bulletin can be addressed to chosen sites or teams of the other
-- side. Set by the member's own org admin; the site is one of the member's organization's sites.
ALTER TABLE membership ADD COLUMN site_id BIGINT;
ALTER TABLE membership ADD COLUMN team VARCHAR(80);
ALTER TABLE membership ADD CONSTRAINT fk_membership_site FOREIGN KEY (site_id) REFERENCES site (id);

-- A bulletin written by one side for the other. Editing its content publishes a new version
-- (revision + 1), which asks every recipient again; the old acknowledgements stay as history.
CREATE TABLE bulletin (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id      BIGINT        NOT NULL,
  author_org_id     BIGINT        NOT NULL,
  audience_org_id   BIGINT        NOT NULL,
  title             VARCHAR(200)  NOT NULL,
  body_markdown     MEDIUMTEXT    NOT NULL,
  body_html         MEDIUMTEXT    NOT NULL,
  -- INFO, IMPORTANT, CRITICAL
  urgency           VARCHAR(16)   NOT NULL,
  valid_from        DATETIME(6)   NOT NULL,
  valid_until       DATETIME(6)   NOT NULL,
  -- the audience as chosen: site ids and team names, comma separated; both empty = everyone
  audience_sites    VARCHAR(1000) NOT NULL,
  audience_teams    VARCHAR(1000) NOT NULL,
  revision          INT           NOT NULL,
  -- the optional file (bulletin_file), kept apart so that lists never read its bytes
  attachment_id     BIGINT,
  attachment_name   VARCHAR(200),
  attachment_type   VARCHAR(100),
  published_by      BIGINT        NOT NULL,
  published_at      DATETIME(6)   NOT NULL,
  withdrawn_at      DATETIME(6),
  version           BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_bulletin_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_bulletin_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_bulletin_author_org FOREIGN KEY (author_org_id) REFERENCES organization (id),
  CONSTRAINT fk_bulletin_audience_org FOREIGN KEY (audience_org_id) REFERENCES organization (id),
  CONSTRAINT fk_bulletin_published_by FOREIGN KEY (published_by) REFERENCES account (id)
);
CREATE INDEX ix_bulletin_list ON bulletin (workspace_id, published_at);

-- A bulletin's attachment, in the database so that every cluster node serves it; a new version
-- with a new file adds a row (the old versions' files stay).
CREATE TABLE bulletin_file (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id  BIGINT       NOT NULL,
  bulletin_id   BIGINT       NOT NULL,
  file_name     VARCHAR(200) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  data          MEDIUMBLOB   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_bulletin_file_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_bulletin_file_bulletin FOREIGN KEY (workspace_id, bulletin_id)
    REFERENCES bulletin (workspace_id, id)
);

-- Who must acknowledge a bulletin, resolved when it is published (and for newcomers of a valid
-- bulletin when they first open the workspace's bulletins): later membership changes do not
-- rewrite who was asked. Site name copied: the author's side may not read the vendor's sites.
CREATE TABLE bulletin_recipient (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id    BIGINT       NOT NULL,
  bulletin_id     BIGINT       NOT NULL,
  account_id      BIGINT       NOT NULL,
  site_name       VARCHAR(200),
  team            VARCHAR(80),
  last_reminded_at DATETIME(6),
  reminders       INT          NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_bulletin_recipient UNIQUE (workspace_id, bulletin_id, account_id),
  CONSTRAINT fk_bulletin_recipient_bulletin FOREIGN KEY (workspace_id, bulletin_id)
    REFERENCES bulletin (workspace_id, id),
  CONSTRAINT fk_bulletin_recipient_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- One acknowledgement mechanism for bulletins, training documents and the authority matrix: a
-- person acknowledges one version of one subject once (the unique key makes a double click or two
-- nodes store one row).
CREATE TABLE ack (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id    BIGINT       NOT NULL,
  -- BULLETIN, TRAINING, AUTHORITY
  subject_kind    VARCHAR(16)  NOT NULL,
  subject_id      BIGINT       NOT NULL,
  subject_version INT          NOT NULL,
  account_id      BIGINT       NOT NULL,
  acknowledged_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_ack UNIQUE (workspace_id, subject_kind, subject_id, subject_version, account_id),
  CONSTRAINT fk_ack_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_ack_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- The authority matrix: what the vendor's agents may decide, owned by the client. Each published
-- version is kept with its date range; the previous one ends the day before the next starts.
CREATE TABLE authority_version (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id  BIGINT       NOT NULL,
  number        INT          NOT NULL,
  valid_from    DATE         NOT NULL,
  valid_until   DATE,
  note          VARCHAR(500) NOT NULL,
  published_by  BIGINT       NOT NULL,
  published_at  DATETIME(6)  NOT NULL,
  version       BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_authority_version_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_authority_version_number UNIQUE (workspace_id, number),
  CONSTRAINT fk_authority_version_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_authority_version_by FOREIGN KEY (published_by) REFERENCES account (id)
);

CREATE TABLE authority_rule (
  id            BIGINT         NOT NULL AUTO_INCREMENT,
  workspace_id  BIGINT         NOT NULL,
  version_id    BIGINT         NOT NULL,
  position      INT            NOT NULL,
  decision      VARCHAR(300)   NOT NULL,
  limit_amount  DECIMAL(12, 2),
  currency      CHAR(3),
  rule_condition VARCHAR(300)  NOT NULL,
  notes         VARCHAR(500)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_authority_rule UNIQUE (workspace_id, version_id, position),
  CONSTRAINT fk_authority_rule_version FOREIGN KEY (workspace_id, version_id)
    REFERENCES authority_version (workspace_id, id)
);

-- The training library ("crash course"): documents per workspace, each upload a new version.
CREATE TABLE training_document (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id  BIGINT        NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  description   VARCHAR(2000) NOT NULL,
  -- COURSE, BRAND
  category      VARCHAR(16)   NOT NULL,
  current_revision INT        NOT NULL,
  created_by    BIGINT        NOT NULL,
  version       BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_training_document_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_training_document_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_training_document_by FOREIGN KEY (created_by) REFERENCES account (id)
);

CREATE TABLE training_file (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id  BIGINT       NOT NULL,
  document_id   BIGINT       NOT NULL,
  revision      INT          NOT NULL,
  file_name     VARCHAR(200) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  data          MEDIUMBLOB   NOT NULL,
  uploaded_by   BIGINT       NOT NULL,
  uploaded_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_training_file UNIQUE (workspace_id, document_id, revision),
  CONSTRAINT fk_training_file_document FOREIGN KEY (workspace_id, document_id)
    REFERENCES training_document (workspace_id, id),
  CONSTRAINT fk_training_file_by FOREIGN KEY (uploaded_by) REFERENCES account (id)
);

-- Reminders and new versions reach people through their notification list too.
ALTER TABLE notification ADD COLUMN bulletin_id BIGINT;
