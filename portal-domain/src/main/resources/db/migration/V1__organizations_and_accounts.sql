-- Organizations (tenants), their accounts and the sign-in failure log used for throttling.
-- Runs on MySQL 8 / MariaDB and on H2 in MySQL mode. Times are UTC instants.

CREATE TABLE organization (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  slug             VARCHAR(64)  NOT NULL,
  name             VARCHAR(200) NOT NULL,
  kind             VARCHAR(16)  NOT NULL,
  default_language VARCHAR(8)   NOT NULL,
  time_zone        VARCHAR(64)  NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  version          BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_organization_slug UNIQUE (slug)
);

CREATE TABLE account (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organization_id BIGINT       NOT NULL,
  email           VARCHAR(254) NOT NULL,
  display_name    VARCHAR(200) NOT NULL,
  password_hash   VARCHAR(255) NOT NULL,
  org_role        VARCHAR(16)  NOT NULL,
  language        VARCHAR(8)   NOT NULL,
  time_zone       VARCHAR(64)  NOT NULL,
  enabled         BOOLEAN      NOT NULL,
  last_sign_in_at DATETIME(6),
  created_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  -- e-mail is the sign-in name, unique across the platform (stored lower-case)
  CONSTRAINT uq_account_email UNIQUE (email),
  CONSTRAINT fk_account_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_account_organization ON account (organization_id);

-- subject: SHA-256 (hex) of "account:<e-mail>" or "address:<client address>"; no raw addresses kept
CREATE TABLE login_failure (
  id        BIGINT      NOT NULL AUTO_INCREMENT,
  subject   CHAR(64)    NOT NULL,
  failed_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_login_failure_subject ON login_failure (subject, failed_at);
CREATE INDEX ix_login_failure_failed_at ON login_failure (failed_at);
