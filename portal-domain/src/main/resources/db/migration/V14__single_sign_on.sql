-- Issue 9: single sign-on per organization through its own OpenID Connect provider. Global like
-- account: sign-in happens before any tenant is known (the e-mail decides where a person goes),
-- and every query of the portal names the organization itself.
CREATE TABLE sso_connection (
  organization_id  BIGINT        NOT NULL,
  issuer           VARCHAR(500)  NOT NULL,
  client_id        VARCHAR(200)  NOT NULL,
  -- sealed by SecretBox (AES-GCM) for the purpose "sso:" + organization id
  client_secret    VARCHAR(1000) NOT NULL,
  -- which claim of the ID token carries the e-mail, which the groups
  email_claim      VARCHAR(100)  NOT NULL,
  groups_claim     VARCHAR(100)  NOT NULL,
  -- accounts are made on a first sign-in of someone of a claimed domain
  creates_accounts BOOLEAN       NOT NULL,
  -- while false, the settings are kept but everyone signs in with a password
  enabled          BOOLEAN       NOT NULL,
  updated_by       BIGINT        NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL,
  PRIMARY KEY (organization_id),
  CONSTRAINT fk_sso_connection_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_sso_connection_updated_by FOREIGN KEY (updated_by) REFERENCES account (id)
);

-- The e-mail domains an organization's provider answers for: one organization each.
CREATE TABLE sso_domain (
  domain          VARCHAR(253) NOT NULL,
  organization_id BIGINT       NOT NULL,
  PRIMARY KEY (domain),
  CONSTRAINT fk_sso_domain_connection FOREIGN KEY (organization_id)
    REFERENCES sso_connection (organization_id)
);
CREATE INDEX ix_sso_domain_organization ON sso_domain (organization_id);

-- A group of the provider's groups claim and the portal role it gives.
CREATE TABLE sso_group_role (
  organization_id BIGINT       NOT NULL,
  group_name      VARCHAR(200) NOT NULL,
  -- ORG_ADMIN, MANAGER, MEMBER
  org_role        VARCHAR(16)  NOT NULL,
  PRIMARY KEY (organization_id, group_name),
  CONSTRAINT fk_sso_group_role_connection FOREIGN KEY (organization_id)
    REFERENCES sso_connection (organization_id)
);

-- Who a provider said an account is (the ID token's subject), bound at the first sign-in: a later
-- token with the same e-mail but another subject (the address given to someone else at the
-- provider) does not sign that account in.
CREATE TABLE sso_identity (
  account_id      BIGINT       NOT NULL,
  organization_id BIGINT       NOT NULL,
  subject         VARCHAR(255) NOT NULL,
  bound_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT uq_sso_identity_subject UNIQUE (organization_id, subject),
  CONSTRAINT fk_sso_identity_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_sso_identity_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
