-- Issue 8: balanced scorecard, customer feedback and incidents. Tenant: the workspace
-- (workspace_id), which leads every unique key; children point at their parent of the same
-- workspace by composite keys.

-- A contractual KPI of the workspace, proposed by one side and agreed by the other. What it
-- measures never changes once agreed (its history would lose its meaning); its terms do, as new
-- versions (kpi_terms).
CREATE TABLE kpi (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id     BIGINT        NOT NULL,
  name             VARCHAR(120)  NOT NULL,
  description      VARCHAR(2000) NOT NULL,
  unit             VARCHAR(20)   NOT NULL,
  -- CUSTOMER, OPERATIONS, PEOPLE, QUALITY
  perspective      VARCHAR(16)   NOT NULL,
  -- HIGHER_IS_BETTER, LOWER_IS_BETTER
  direction        VARCHAR(16)   NOT NULL,
  -- FEED, VISIT_RATINGS, FEEDBACK, INCIDENTS, BULLETIN_ACKS
  source           VARCHAR(16)   NOT NULL,
  -- for FEED: SUM, MEAN, WEIGHTED_MEAN, RATIO; for the others what is measured
  -- (e.g. DELIGHTED_RATE, COUNT, HOURS_TO_RESOLVE, MEAN_RATING, ACK_RATE)
  measure          VARCHAR(20)   NOT NULL,
  -- FEED only: the vendor->client feed, its date column, the value column and the weight or
  -- denominator column (WEIGHTED_MEAN, RATIO)
  feed_id          BIGINT,
  date_column      VARCHAR(60),
  value_column     VARCHAR(60),
  second_column    VARCHAR(60),
  -- PROPOSED, AGREED, DECLINED, RETIRED
  status           VARCHAR(16)   NOT NULL,
  position         INT           NOT NULL,
  proposed_org_id  BIGINT        NOT NULL,
  proposed_by      BIGINT        NOT NULL,
  proposed_at      DATETIME(6)   NOT NULL,
  answered_by      BIGINT,
  answered_at      DATETIME(6),
  decline_reason   VARCHAR(1000),
  version          BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_kpi_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_kpi_name UNIQUE (workspace_id, name),
  CONSTRAINT fk_kpi_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_kpi_feed FOREIGN KEY (workspace_id, feed_id) REFERENCES feed (workspace_id, id),
  CONSTRAINT fk_kpi_proposed_org FOREIGN KEY (proposed_org_id) REFERENCES organization (id),
  CONSTRAINT fk_kpi_proposed_by FOREIGN KEY (proposed_by) REFERENCES account (id),
  CONSTRAINT fk_kpi_answered_by FOREIGN KEY (answered_by) REFERENCES account (id)
);
CREATE INDEX ix_kpi_list ON kpi (workspace_id, status, position);

-- A KPI's target, amber and red thresholds and weight from a day on. A figure is judged by the
-- agreed terms in force when its period began; a change is proposed by one side and agreed by
-- the other, and the older terms stay for the periods they judged.
CREATE TABLE kpi_terms (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  workspace_id     BIGINT         NOT NULL,
  kpi_id           BIGINT         NOT NULL,
  effective_from   DATE           NOT NULL,
  target           DECIMAL(18, 4) NOT NULL,
  amber            DECIMAL(18, 4) NOT NULL,
  red              DECIMAL(18, 4) NOT NULL,
  weight           INT            NOT NULL,
  -- PROPOSED, AGREED, DECLINED, WITHDRAWN
  status           VARCHAR(16)    NOT NULL,
  note             VARCHAR(1000)  NOT NULL,
  proposed_org_id  BIGINT         NOT NULL,
  proposed_by      BIGINT         NOT NULL,
  proposed_at      DATETIME(6)    NOT NULL,
  answered_by      BIGINT,
  answered_at      DATETIME(6),
  version          BIGINT         NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_kpi_terms_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_kpi_terms_kpi FOREIGN KEY (workspace_id, kpi_id) REFERENCES kpi (workspace_id, id),
  CONSTRAINT fk_kpi_terms_proposed_org FOREIGN KEY (proposed_org_id) REFERENCES organization (id),
  CONSTRAINT fk_kpi_terms_proposed_by FOREIGN KEY (proposed_by) REFERENCES account (id),
  CONSTRAINT fk_kpi_terms_answered_by FOREIGN KEY (answered_by) REFERENCES account (id),
  CONSTRAINT ck_kpi_terms_weight CHECK (weight BETWEEN 1 AND 100)
);
CREATE INDEX ix_kpi_terms ON kpi_terms (workspace_id, kpi_id, status, effective_from);

-- The voice of the customer, recorded by the vendor's agents or systems.
CREATE TABLE feedback_item (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id     BIGINT        NOT NULL,
  received_on      DATE          NOT NULL,
  -- PHONE, EMAIL, CHAT, SOCIAL, SURVEY, OTHER
  channel          VARCHAR(16)   NOT NULL,
  topic            VARCHAR(80)   NOT NULL,
  verbatim         VARCHAR(4000) NOT NULL,
  -- POSITIVE, NEUTRAL, NEGATIVE
  sentiment        VARCHAR(16)   NOT NULL,
  delighted        BOOLEAN       NOT NULL,
  -- for the client's attention
  flagged          BOOLEAN       NOT NULL,
  recorded_org_id  BIGINT        NOT NULL,
  -- the person, or NULL when a system recorded it through the API (source names the token)
  recorded_by      BIGINT,
  source           VARCHAR(160)  NOT NULL,
  recorded_at      DATETIME(6)   NOT NULL,
  -- a retried API call (same key) is answered from here, never stored twice
  idempotency_key  VARCHAR(100),
  -- what the client made of it: a thread, an action item
  conversation_id  BIGINT,
  action_item_id   BIGINT,
  version          BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_feedback_item_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_feedback_item_idempotency UNIQUE (workspace_id, idempotency_key),
  CONSTRAINT fk_feedback_item_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_feedback_item_org FOREIGN KEY (recorded_org_id) REFERENCES organization (id),
  CONSTRAINT fk_feedback_item_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id),
  CONSTRAINT fk_feedback_item_conversation FOREIGN KEY (workspace_id, conversation_id)
    REFERENCES conversation (workspace_id, id)
);
CREATE INDEX ix_feedback_item_day ON feedback_item (workspace_id, received_on);
CREATE INDEX ix_feedback_item_flagged ON feedback_item (workspace_id, flagged, received_on);
CREATE INDEX ix_feedback_item_topic ON feedback_item (workspace_id, topic, received_on);

-- An incident either side reports; closed when both sides agree it is.
CREATE TABLE incident (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id      BIGINT        NOT NULL,
  title             VARCHAR(200)  NOT NULL,
  -- SEV1 (critical) .. SEV4 (low)
  severity          VARCHAR(8)    NOT NULL,
  -- TELEPHONY, TOOLS, DATA, STAFFING, FACILITIES, OTHER
  category          VARCHAR(16)   NOT NULL,
  started_at        DATETIME(6)   NOT NULL,
  -- when service was restored; NULL while it is not
  ended_at          DATETIME(6),
  calls_affected    INT,
  impact            VARCHAR(4000) NOT NULL,
  root_cause        VARCHAR(4000) NOT NULL,
  -- OPEN, RESOLVED (ended, awaiting both sides' closure), CLOSED
  status            VARCHAR(16)   NOT NULL,
  reported_org_id   BIGINT        NOT NULL,
  reported_by       BIGINT        NOT NULL,
  reported_at       DATETIME(6)   NOT NULL,
  -- each side's agreement to close
  client_closed_by  BIGINT,
  client_closed_at  DATETIME(6),
  vendor_closed_by  BIGINT,
  vendor_closed_at  DATETIME(6),
  closed_at         DATETIME(6),
  version           BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_incident_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_incident_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_incident_org FOREIGN KEY (reported_org_id) REFERENCES organization (id),
  CONSTRAINT fk_incident_reported_by FOREIGN KEY (reported_by) REFERENCES account (id),
  CONSTRAINT fk_incident_client_closed_by FOREIGN KEY (client_closed_by) REFERENCES account (id),
  CONSTRAINT fk_incident_vendor_closed_by FOREIGN KEY (vendor_closed_by) REFERENCES account (id),
  CONSTRAINT ck_incident_calls CHECK (calls_affected IS NULL OR calls_affected >= 0)
);
CREATE INDEX ix_incident_list ON incident (workspace_id, status, started_at);
CREATE INDEX ix_incident_started ON incident (workspace_id, started_at);

-- The incident's timeline: what happened when, as either side wrote it.
CREATE TABLE incident_entry (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id BIGINT        NOT NULL,
  incident_id  BIGINT        NOT NULL,
  happened_at  DATETIME(6)   NOT NULL,
  text         VARCHAR(4000) NOT NULL,
  author_id    BIGINT        NOT NULL,
  written_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_incident_entry_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_incident_entry_incident FOREIGN KEY (workspace_id, incident_id)
    REFERENCES incident (workspace_id, id),
  CONSTRAINT fk_incident_entry_author FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX ix_incident_entry ON incident_entry (workspace_id, incident_id, happened_at);

-- Action items now also come from incidents (corrective actions) and feedback items.
ALTER TABLE action_item MODIFY visit_id BIGINT NULL;
ALTER TABLE action_item ADD COLUMN incident_id BIGINT;
ALTER TABLE action_item ADD COLUMN feedback_id BIGINT;
-- what the incident or feedback item was called when the action was given (mails name it)
ALTER TABLE action_item ADD COLUMN origin_label VARCHAR(200);
ALTER TABLE action_item ADD CONSTRAINT fk_action_item_incident FOREIGN KEY (workspace_id, incident_id)
  REFERENCES incident (workspace_id, id);
ALTER TABLE action_item ADD CONSTRAINT fk_action_item_feedback FOREIGN KEY (workspace_id, feedback_id)
  REFERENCES feedback_item (workspace_id, id);
CREATE INDEX ix_action_item_incident ON action_item (workspace_id, incident_id);

-- A feedback item points at its action item of the same workspace.
ALTER TABLE feedback_item ADD CONSTRAINT fk_feedback_item_action FOREIGN KEY (workspace_id, action_item_id)
  REFERENCES action_item (workspace_id, id);

-- An API token may also record feedback items (the vendor's systems).
ALTER TABLE api_token ADD COLUMN can_record_feedback BOOLEAN NOT NULL DEFAULT FALSE;
