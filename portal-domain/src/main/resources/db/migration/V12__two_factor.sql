-- Issue 9: two-factor sign-in with an authenticator app (TOTP, RFC 6238). Global tables like
-- account: they are read at sign-in, before any tenant is open. Times are UTC instants.

-- A person's authenticator: at most one per account. The seed is sealed by SecretBox for the
-- purpose "totp:<account id>"; it is pending until a first code confirms it (enabled_at set).
CREATE TABLE second_factor (
  account_id      BIGINT       NOT NULL,
  organization_id BIGINT       NOT NULL,
  sealed_seed     VARCHAR(255) NOT NULL,
  enabled_at      DATETIME(6),
  -- the time step (Unix time / 30 s) of the last accepted code: a code of this step or an earlier
  -- one is refused, so a code is never accepted twice; 0 while pending
  last_step       BIGINT       NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_second_factor_organization FOREIGN KEY (organization_id)
    REFERENCES organization (id)
);
CREATE INDEX ix_second_factor_organization ON second_factor (organization_id);

-- Recovery codes, shown once: SHA-256 (hex) of the account id and the code, which has 80 random
-- bits (RecoveryCodes says why a fast hash suffices). Each is usable once (used_at).
CREATE TABLE recovery_code (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  account_id      BIGINT      NOT NULL,
  organization_id BIGINT      NOT NULL,
  code_hash       CHAR(64)    NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  used_at         DATETIME(6),
  version         BIGINT      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_recovery_code UNIQUE (account_id, code_hash),
  CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_recovery_code_organization FOREIGN KEY (organization_id)
    REFERENCES organization (id)
);

-- An organization's sign-in rules; no row means two-factor sign-in is optional (OFF).
CREATE TABLE organization_security (
  organization_id   BIGINT      NOT NULL,
  -- OFF, ADMINS (required for org admins) or EVERYONE
  two_factor_policy VARCHAR(16) NOT NULL,
  changed_at        DATETIME(6) NOT NULL,
  version           BIGINT      NOT NULL,
  PRIMARY KEY (organization_id),
  CONSTRAINT fk_organization_security_organization FOREIGN KEY (organization_id)
    REFERENCES organization (id)
);
