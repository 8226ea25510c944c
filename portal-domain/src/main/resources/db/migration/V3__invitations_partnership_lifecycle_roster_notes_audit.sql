-- Issue 3: organization status, invitations by e-mail, the partnership life cycle (invite,
-- accept, decline, suspend, end), the agent roster, private partner notes and the
-- organization-level audit trail. Tenant ids lead every unique key of tenant data.

ALTER TABLE organization ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE';

-- Who proposed the partnership (the other side accepts), and who last changed its status.
ALTER TABLE partnership ADD COLUMN invited_by_org_id BIGINT;
ALTER TABLE partnership ADD COLUMN invited_by_account_id BIGINT;
ALTER TABLE partnership ADD COLUMN status_changed_by_org_id BIGINT;
ALTER TABLE partnership ADD COLUMN status_changed_at DATETIME(6);

-- An invitation to join an organization; the link carries a random token, only its SHA-256 is kept.
CREATE TABLE invitation (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  organization_id   BIGINT       NOT NULL,
  email             VARCHAR(254) NOT NULL,
  display_name      VARCHAR(200) NOT NULL,
  org_role          VARCHAR(16)  NOT NULL,
  token_hash        CHAR(64)     NOT NULL,
  invited_by        BIGINT       NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  expires_at        DATETIME(6)  NOT NULL,
  accepted_at       DATETIME(6),
  revoked_at        DATETIME(6),
  version           BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_invitation_token UNIQUE (token_hash),
  CONSTRAINT fk_invitation_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES account (id)
);
CREATE INDEX ix_invitation_organization ON invitation (organization_id, created_at);

-- Organization-private: people of the organization's sites, with or without an account.
CREATE TABLE agent (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organization_id BIGINT       NOT NULL,
  site_id         BIGINT       NOT NULL,
  name            VARCHAR(200) NOT NULL,
  languages       VARCHAR(200) NOT NULL,
  skills          VARCHAR(500) NOT NULL,
  active          BOOLEAN      NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  -- an agent's site is a site of the same organization
  CONSTRAINT fk_agent_site FOREIGN KEY (organization_id, site_id) REFERENCES site (organization_id, id),
  CONSTRAINT fk_agent_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_agent_roster ON agent (organization_id, name);

-- Organization-private notes about one of its partnerships; the partner never sees them.
CREATE TABLE partner_note (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  organization_id   BIGINT        NOT NULL,
  partnership_id    BIGINT        NOT NULL,
  author_account_id BIGINT        NOT NULL,
  body              VARCHAR(4000) NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  version           BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_partner_note_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_partner_note_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
  CONSTRAINT fk_partner_note_author FOREIGN KEY (author_account_id) REFERENCES account (id)
);
CREATE INDEX ix_partner_note ON partner_note (organization_id, partnership_id, created_at);

-- Changes made without a signed-in person (start-up, sign-up) have no actor.
ALTER TABLE audit_event MODIFY actor_account_id BIGINT NULL;
ALTER TABLE audit_event MODIFY actor_organization_id BIGINT NULL;
ALTER TABLE audit_event ADD COLUMN before_summary VARCHAR(1000);

-- Append-only; tenant: the organization. Users, roles, invitations, sites, roster, notes.
CREATE TABLE organization_audit_event (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  organization_id       BIGINT        NOT NULL,
  actor_account_id      BIGINT,
  actor_organization_id BIGINT,
  action                VARCHAR(16)   NOT NULL,
  subject_type          VARCHAR(64)   NOT NULL,
  subject_id            BIGINT,
  summary               VARCHAR(1000) NOT NULL,
  before_summary        VARCHAR(1000),
  occurred_at           DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_org_audit_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_org_audit_recent ON organization_audit_event (organization_id, occurred_at);
