-- Issue 6: training documents and authority matrix versions ask their readers, rate per site and
-- remind them the way bulletins do. The bulletins' recipient table becomes the one table of who is
-- asked to acknowledge what (a subject kind and id, as in ack). Tenant: the workspace.
CREATE TABLE ack_recipient (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id     BIGINT       NOT NULL,
  -- BULLETIN, TRAINING (a training document), AUTHORITY (a version of the authority matrix)
  subject_kind     VARCHAR(16)  NOT NULL,
  subject_id       BIGINT       NOT NULL,
  account_id       BIGINT       NOT NULL,
  site_name        VARCHAR(200),
  team             VARCHAR(80),
  -- when asked (reminders count from then or from the version, whichever is later)
  asked_at         DATETIME(6),
  last_reminded_at DATETIME(6),
  reminders        INT          NOT NULL,
  version          BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_ack_recipient UNIQUE (workspace_id, subject_kind, subject_id, account_id),
  CONSTRAINT fk_ack_recipient_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_ack_recipient_account FOREIGN KEY (account_id) REFERENCES account (id)
);

INSERT INTO ack_recipient (workspace_id, subject_kind, subject_id, account_id, site_name, team,
                           last_reminded_at, reminders, version)
  SELECT workspace_id, 'BULLETIN', bulletin_id, account_id, site_name, team, last_reminded_at,
         reminders, version
    FROM bulletin_recipient;

DROP TABLE bulletin_recipient;

-- A notification that asks to acknowledge names its subject; its kind says which.
ALTER TABLE notification RENAME COLUMN bulletin_id TO subject_id;
