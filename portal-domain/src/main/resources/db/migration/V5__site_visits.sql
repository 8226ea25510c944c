-- Issue 5: site-visit logs. Tenant: the workspace (workspace_id), which leads every unique key;
-- children point at their visit (or finding, action item) of the same workspace by composite keys.

-- A visit of the client to one of the vendor's sites. The site is the vendor's private record:
-- its name and time zone are copied here so that both sides read them (and the report keeps
-- what the site was called then).
CREATE TABLE site_visit (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id   BIGINT        NOT NULL,
  site_id        BIGINT        NOT NULL,
  site_name      VARCHAR(120)  NOT NULL,
  site_city      VARCHAR(120)  NOT NULL,
  site_time_zone VARCHAR(64)   NOT NULL,
  starts_at      DATETIME(6)   NOT NULL,
  ends_at        DATETIME(6)   NOT NULL,
  purpose        VARCHAR(2000) NOT NULL,
  notes          MEDIUMTEXT    NOT NULL,
  -- PLANNED, IN_REVIEW (report sent to both coordinators), SIGNED_OFF (immutable)
  status         VARCHAR(16)   NOT NULL,
  planned_by     BIGINT        NOT NULL,
  planned_at     DATETIME(6)   NOT NULL,
  signed_off_at  DATETIME(6),
  version        BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_site_visit_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_site_visit_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_site_visit_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT fk_site_visit_planned_by FOREIGN KEY (planned_by) REFERENCES account (id)
);
CREATE INDEX ix_site_visit_calendar ON site_visit (workspace_id, starts_at);
CREATE INDEX ix_site_visit_site ON site_visit (workspace_id, site_id, starts_at);

CREATE TABLE visit_agenda_item (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id BIGINT       NOT NULL,
  visit_id     BIGINT       NOT NULL,
  position     INT          NOT NULL,
  text         VARCHAR(500) NOT NULL,
  added_by     BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_visit_agenda_item_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_visit_agenda_item_visit FOREIGN KEY (workspace_id, visit_id)
    REFERENCES site_visit (workspace_id, id),
  CONSTRAINT fk_visit_agenda_item_added_by FOREIGN KEY (added_by) REFERENCES account (id)
);
CREATE INDEX ix_visit_agenda_item ON visit_agenda_item (workspace_id, visit_id, position);

-- Visitors (client people) and hosts (vendor people) of a visit.
CREATE TABLE visit_participant (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id BIGINT       NOT NULL,
  visit_id     BIGINT       NOT NULL,
  account_id   BIGINT       NOT NULL,
  role         VARCHAR(16)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_visit_participant UNIQUE (workspace_id, visit_id, account_id),
  CONSTRAINT fk_visit_participant_visit FOREIGN KEY (workspace_id, visit_id)
    REFERENCES site_visit (workspace_id, id),
  CONSTRAINT fk_visit_participant_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE visit_finding (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id BIGINT        NOT NULL,
  visit_id     BIGINT        NOT NULL,
  area         VARCHAR(16)   NOT NULL,
  severity     VARCHAR(16)   NOT NULL,
  text         VARCHAR(4000) NOT NULL,
  recorded_by  BIGINT        NOT NULL,
  recorded_at  DATETIME(6)   NOT NULL,
  version      BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_visit_finding_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_visit_finding_visit FOREIGN KEY (workspace_id, visit_id)
    REFERENCES site_visit (workspace_id, id),
  CONSTRAINT fk_visit_finding_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id)
);
CREATE INDEX ix_visit_finding ON visit_finding (workspace_id, visit_id, id);

-- A photo of a finding, in the database so that every cluster node serves it.
CREATE TABLE finding_photo (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id BIGINT       NOT NULL,
  finding_id   BIGINT       NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  data         MEDIUMBLOB   NOT NULL,
  added_by     BIGINT       NOT NULL,
  added_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_finding_photo_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_finding_photo_finding FOREIGN KEY (workspace_id, finding_id)
    REFERENCES visit_finding (workspace_id, id),
  CONSTRAINT fk_finding_photo_added_by FOREIGN KEY (added_by) REFERENCES account (id)
);
CREATE INDEX ix_finding_photo ON finding_photo (workspace_id, finding_id);

-- One rating (1 to 5) per area and visit.
CREATE TABLE visit_rating (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  workspace_id BIGINT      NOT NULL,
  visit_id     BIGINT      NOT NULL,
  area         VARCHAR(16) NOT NULL,
  score        INT         NOT NULL,
  version      BIGINT      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_visit_rating UNIQUE (workspace_id, visit_id, area),
  CONSTRAINT fk_visit_rating_visit FOREIGN KEY (workspace_id, visit_id)
    REFERENCES site_visit (workspace_id, id),
  CONSTRAINT ck_visit_rating_score CHECK (score BETWEEN 1 AND 5)
);

-- What the visit asks someone of either side to do, and by when.
CREATE TABLE action_item (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id BIGINT       NOT NULL,
  visit_id     BIGINT       NOT NULL,
  finding_id   BIGINT,
  title        VARCHAR(200) NOT NULL,
  owner_id     BIGINT       NOT NULL,
  due_on       DATE         NOT NULL,
  -- OPEN, IN_PROGRESS, DONE, WONT_DO
  status       VARCHAR(16)  NOT NULL,
  created_by   BIGINT       NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  version      BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_action_item_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_action_item_visit FOREIGN KEY (workspace_id, visit_id)
    REFERENCES site_visit (workspace_id, id),
  CONSTRAINT fk_action_item_finding FOREIGN KEY (workspace_id, finding_id)
    REFERENCES visit_finding (workspace_id, id),
  CONSTRAINT fk_action_item_owner FOREIGN KEY (owner_id) REFERENCES account (id),
  CONSTRAINT fk_action_item_created_by FOREIGN KEY (created_by) REFERENCES account (id)
);
CREATE INDEX ix_action_item_due ON action_item (workspace_id, status, due_on);
CREATE INDEX ix_action_item_visit ON action_item (workspace_id, visit_id);

CREATE TABLE action_comment (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id   BIGINT        NOT NULL,
  action_item_id BIGINT        NOT NULL,
  author_id      BIGINT        NOT NULL,
  text           VARCHAR(4000) NOT NULL,
  written_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_action_comment_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_action_comment_item FOREIGN KEY (workspace_id, action_item_id)
    REFERENCES action_item (workspace_id, id),
  CONSTRAINT fk_action_comment_author FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX ix_action_comment ON action_comment (workspace_id, action_item_id, written_at);

-- A correction of a signed-off report: the report itself never changes again.
CREATE TABLE visit_amendment (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id  BIGINT        NOT NULL,
  visit_id      BIGINT        NOT NULL,
  number        INT           NOT NULL,
  text          VARCHAR(4000) NOT NULL,
  written_by    BIGINT        NOT NULL,
  written_at    DATETIME(6)   NOT NULL,
  signed_off_at DATETIME(6),
  version       BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_visit_amendment_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_visit_amendment_number UNIQUE (workspace_id, visit_id, number),
  CONSTRAINT fk_visit_amendment_visit FOREIGN KEY (workspace_id, visit_id)
    REFERENCES site_visit (workspace_id, id),
  CONSTRAINT fk_visit_amendment_written_by FOREIGN KEY (written_by) REFERENCES account (id)
);

-- A coordinator's signature on the report (amendment 0) or on one of its amendments: one per
-- side, which the unique key holds even against two coordinators signing at once.
CREATE TABLE visit_sign_off (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id BIGINT       NOT NULL,
  visit_id     BIGINT       NOT NULL,
  amendment    INT          NOT NULL,
  side         VARCHAR(16)  NOT NULL,
  account_id   BIGINT       NOT NULL,
  signer_name  VARCHAR(200) NOT NULL,
  signed_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_visit_sign_off UNIQUE (workspace_id, visit_id, amendment, side),
  CONSTRAINT fk_visit_sign_off_visit FOREIGN KEY (workspace_id, visit_id)
    REFERENCES site_visit (workspace_id, id),
  CONSTRAINT fk_visit_sign_off_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Notifications now also tell an owner of an action item given to them.
ALTER TABLE notification MODIFY conversation_id BIGINT NULL;
ALTER TABLE notification ADD COLUMN action_item_id BIGINT;
