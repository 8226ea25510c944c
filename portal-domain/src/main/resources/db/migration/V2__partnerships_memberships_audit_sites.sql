-- Partnership workspaces (one client + one vendor), who is a member of which, and the first
-- tenant tables: the workspace audit trail (tenant: workspace) and sites (tenant: organization).
-- Tenant ids are part of every unique key and of the foreign keys inside a tenant.

CREATE TABLE partnership (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  client_org_id    BIGINT       NOT NULL,
  vendor_org_id    BIGINT       NOT NULL,
  name             VARCHAR(200) NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  version          BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_partnership_pair UNIQUE (client_org_id, vendor_org_id),
  CONSTRAINT fk_partnership_client FOREIGN KEY (client_org_id) REFERENCES organization (id),
  CONSTRAINT fk_partnership_vendor FOREIGN KEY (vendor_org_id) REFERENCES organization (id)
);
CREATE INDEX ix_partnership_vendor ON partnership (vendor_org_id);

CREATE TABLE membership (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  partnership_id BIGINT      NOT NULL,
  account_id     BIGINT      NOT NULL,
  role           VARCHAR(16) NOT NULL,
  created_at     DATETIME(6) NOT NULL,
  version        BIGINT      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_membership UNIQUE (partnership_id, account_id),
  CONSTRAINT fk_membership_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
  CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_membership_account ON membership (account_id);

-- Append-only; tenant: the workspace (partnership) it happened in.
CREATE TABLE audit_event (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id          BIGINT       NOT NULL,
  actor_account_id      BIGINT       NOT NULL,
  actor_organization_id BIGINT       NOT NULL,
  action                VARCHAR(16)  NOT NULL,
  subject_type          VARCHAR(64)  NOT NULL,
  subject_id            BIGINT,
  summary               VARCHAR(1000) NOT NULL,
  occurred_at           DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_audit_event_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id)
);
CREATE INDEX ix_audit_event_recent ON audit_event (workspace_id, occurred_at);

-- Organization-private; tenant: the organization.
CREATE TABLE site (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organization_id BIGINT       NOT NULL,
  name            VARCHAR(200) NOT NULL,
  city            VARCHAR(100) NOT NULL,
  country         CHAR(2)      NOT NULL,
  time_zone       VARCHAR(64)  NOT NULL,
  seat_capacity   INT          NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_site_name UNIQUE (organization_id, name),
  -- lets children of a site name (organization_id, site_id) in one composite foreign key
  CONSTRAINT uq_site_tenant UNIQUE (organization_id, id),
  CONSTRAINT fk_site_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
