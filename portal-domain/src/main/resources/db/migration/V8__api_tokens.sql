-- Issue 6: API tokens. A token belongs to one workspace and one side of it (the organization that
-- made it) and names, per feed, whether it may read and write. Global like membership: it is a
-- credential that decides which workspace a request may enter, so it is looked up by its hash
-- before any tenant is known; every query of the portal names the workspace and side itself.
CREATE TABLE api_token (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id    BIGINT       NOT NULL,
  organization_id BIGINT       NOT NULL,
  name            VARCHAR(80)  NOT NULL,
  -- SHA-256 of the secret, hex; the secret itself is shown once and never stored
  secret_hash     CHAR(64)     NOT NULL,
  -- "shl_" and the secret's next 6 characters, so people can tell their tokens apart
  display_prefix  VARCHAR(16)  NOT NULL,
  created_by      BIGINT       NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  revoked_by      BIGINT,
  revoked_at      DATETIME(6),
  -- written at most once a minute, without a version change (TokenUse)
  last_used_at    DATETIME(6),
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_api_token_secret UNIQUE (secret_hash),
  CONSTRAINT uq_api_token_name UNIQUE (workspace_id, organization_id, name),
  CONSTRAINT uq_api_token_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_api_token_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_api_token_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_api_token_created_by FOREIGN KEY (created_by) REFERENCES account (id),
  CONSTRAINT fk_api_token_revoked_by FOREIGN KEY (revoked_by) REFERENCES account (id)
);
CREATE INDEX ix_api_token_side ON api_token (workspace_id, organization_id, created_at);

-- What a token may do with one feed of its workspace (the feed is of the same workspace: the
-- composite keys say so).
CREATE TABLE api_token_scope (
  token_id     BIGINT  NOT NULL,
  workspace_id BIGINT  NOT NULL,
  feed_id      BIGINT  NOT NULL,
  can_read     BOOLEAN NOT NULL,
  can_write    BOOLEAN NOT NULL,
  PRIMARY KEY (token_id, feed_id),
  CONSTRAINT fk_api_token_scope_token FOREIGN KEY (workspace_id, token_id)
    REFERENCES api_token (workspace_id, id),
  CONSTRAINT fk_api_token_scope_feed FOREIGN KEY (workspace_id, feed_id)
    REFERENCES feed (workspace_id, id)
);
