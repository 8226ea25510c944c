-- Issue 9: SCIM 2.0 provisioning. An organization's identity provider creates, changes and
-- deactivates its people's accounts and groups with a SCIM token of that organization.

-- Global like api_token: a credential found by its hash before any tenant is known; every query of
-- the portal names the organization itself.
CREATE TABLE scim_token (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organization_id BIGINT       NOT NULL,
  name            VARCHAR(80)  NOT NULL,
  -- SHA-256 of the secret, hex; the secret itself is shown once and never stored
  secret_hash     CHAR(64)     NOT NULL,
  display_prefix  VARCHAR(16)  NOT NULL,
  created_by      BIGINT       NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  revoked_by      BIGINT,
  revoked_at      DATETIME(6),
  -- written at most once a minute, without a version change
  last_used_at    DATETIME(6),
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_scim_token_secret UNIQUE (secret_hash),
  CONSTRAINT uq_scim_token_name UNIQUE (organization_id, name),
  CONSTRAINT fk_scim_token_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_scim_token_created_by FOREIGN KEY (created_by) REFERENCES account (id),
  CONSTRAINT fk_scim_token_revoked_by FOREIGN KEY (revoked_by) REFERENCES account (id)
);
CREATE INDEX ix_scim_token_organization ON scim_token (organization_id, created_at);

-- The identity provider's id of a person, unique within the organization; their name in parts;
-- when the account last
-- changed (SCIM meta.lastModified); and whether it still waits for its person to set a password
-- (accounts made by SCIM have none until their invitation is accepted).
ALTER TABLE account ADD COLUMN external_id VARCHAR(200);
ALTER TABLE account ADD COLUMN given_name VARCHAR(200);
ALTER TABLE account ADD COLUMN family_name VARCHAR(200);
ALTER TABLE account ADD COLUMN modified_at DATETIME(6);
ALTER TABLE account ADD COLUMN password_pending BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE account ADD CONSTRAINT uq_account_external_id UNIQUE (organization_id, external_id);
-- the target of composite keys from an organization's rows that name one of its accounts
ALTER TABLE account ADD CONSTRAINT uq_account_organization_key UNIQUE (organization_id, id);

-- Organization-private: groups the identity provider pushes, and the portal role each may grant
-- (NULL: none). A person's role follows their groups when any of them grants one.
CREATE TABLE scim_group (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organization_id BIGINT       NOT NULL,
  display_name    VARCHAR(200) NOT NULL,
  external_id     VARCHAR(200),
  org_role        VARCHAR(16),
  created_at      DATETIME(6)  NOT NULL,
  modified_at     DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_scim_group_name UNIQUE (organization_id, display_name),
  CONSTRAINT uq_scim_group_external_id UNIQUE (organization_id, external_id),
  CONSTRAINT uq_scim_group_key UNIQUE (organization_id, id),
  CONSTRAINT fk_scim_group_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

-- A group's members: accounts of the same organization (the composite keys say so).
CREATE TABLE scim_group_member (
  id              BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  group_id        BIGINT NOT NULL,
  account_id      BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_scim_group_member UNIQUE (organization_id, group_id, account_id),
  CONSTRAINT fk_scim_group_member_group FOREIGN KEY (organization_id, group_id)
    REFERENCES scim_group (organization_id, id),
  CONSTRAINT fk_scim_group_member_account FOREIGN KEY (organization_id, account_id)
    REFERENCES account (organization_id, id)
);
CREATE INDEX ix_scim_group_member_account ON scim_group_member (organization_id, account_id);
