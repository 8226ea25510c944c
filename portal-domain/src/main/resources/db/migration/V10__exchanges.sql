-- Issue 7: agent-exchange programmes. Tenant: the workspace, which leads every unique key; children
-- point at their programme or proposal of the same workspace by composite keys. The exception is
-- agent_booking: when an organization's agents are away, across all its workspaces, which is the
-- organization's private record.

-- agents are pointed at with their organization, which must then be a key of agent
ALTER TABLE agent ADD CONSTRAINT uq_agent_tenant UNIQUE (organization_id, id);

CREATE TABLE exchange_programme (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id     BIGINT        NOT NULL,
  name             VARCHAR(120)  NOT NULL,
  purpose          VARCHAR(2000) NOT NULL,
  starts_on        DATE          NOT NULL,
  ends_on          DATE          NOT NULL,
  -- the proposing side's manager approves an exchange too, once the other side accepted it
  manager_approval BOOLEAN       NOT NULL,
  created_by       BIGINT        NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_exchange_programme_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_exchange_programme_name UNIQUE (workspace_id, name),
  CONSTRAINT fk_exchange_programme_workspace FOREIGN KEY (workspace_id) REFERENCES partnership (id),
  CONSTRAINT fk_exchange_programme_created_by FOREIGN KEY (created_by) REFERENCES account (id)
);

-- A site of either side that hosts agents of the other side in a programme, with its seats per
-- day. The site is its organization's private record: name and time zone are copied here.
CREATE TABLE exchange_host_site (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id    BIGINT       NOT NULL,
  programme_id    BIGINT       NOT NULL,
  organization_id BIGINT       NOT NULL,
  site_id         BIGINT       NOT NULL,
  site_name       VARCHAR(120) NOT NULL,
  site_time_zone  VARCHAR(64)  NOT NULL,
  seats_per_day   INT          NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_exchange_host_site_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_exchange_host_site UNIQUE (workspace_id, programme_id, site_id),
  CONSTRAINT fk_exchange_host_site_programme FOREIGN KEY (workspace_id, programme_id)
    REFERENCES exchange_programme (workspace_id, id),
  CONSTRAINT fk_exchange_host_site_site FOREIGN KEY (organization_id, site_id)
    REFERENCES site (organization_id, id)
);

-- Days on which no exchange may take place (host sites' local days).
CREATE TABLE exchange_blackout (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id BIGINT       NOT NULL,
  programme_id BIGINT       NOT NULL,
  blackout_day DATE         NOT NULL,
  reason       VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_exchange_blackout_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_exchange_blackout UNIQUE (workspace_id, programme_id, blackout_day),
  CONSTRAINT fk_exchange_blackout_programme FOREIGN KEY (workspace_id, programme_id)
    REFERENCES exchange_programme (workspace_id, id)
);

-- A proposal of one side: one of its agents to a host site of the other side, and for a swap an
-- agent of the other side (named by that side when it accepts) to a site of the proposing side.
-- Both stays run over the same local dates and times, each in its host site's time zone.
CREATE TABLE exchange_proposal (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  workspace_id        BIGINT        NOT NULL,
  programme_id        BIGINT        NOT NULL,
  proposing_org_id    BIGINT        NOT NULL,
  -- the side whose coordinator answers next (the other side; the proposing one after a counter)
  answering_org_id    BIGINT        NOT NULL,
  -- PROPOSED, COUNTERED, AWAITING_APPROVAL, ACCEPTED, REJECTED, WITHDRAWN
  status              VARCHAR(24)   NOT NULL,
  starts_local        DATETIME      NOT NULL,
  ends_local          DATETIME      NOT NULL,
  -- for a swap: the proposing side's site that hosts the other side's agent
  swap_host_site_id   BIGINT,
  note                VARCHAR(1000) NOT NULL,
  reason              VARCHAR(1000),
  proposed_by         BIGINT        NOT NULL,
  proposed_at         DATETIME(6)   NOT NULL,
  answered_by         BIGINT,
  answered_at         DATETIME(6),
  approved_by         BIGINT,
  approved_at         DATETIME(6),
  version             BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_exchange_proposal_key UNIQUE (workspace_id, id),
  CONSTRAINT fk_exchange_proposal_programme FOREIGN KEY (workspace_id, programme_id)
    REFERENCES exchange_programme (workspace_id, id),
  CONSTRAINT fk_exchange_proposal_proposed_by FOREIGN KEY (proposed_by) REFERENCES account (id)
);
CREATE INDEX ix_exchange_proposal_status ON exchange_proposal (workspace_id, status, starts_local);

-- One agent's stay at a host site, part of a proposal: the agent's name is copied here, so the
-- other side sees the agents named in proposals and never the roster.
CREATE TABLE exchange_stay (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  workspace_id    BIGINT       NOT NULL,
  proposal_id     BIGINT       NOT NULL,
  programme_id    BIGINT       NOT NULL,
  organization_id BIGINT       NOT NULL,
  agent_id        BIGINT       NOT NULL,
  agent_name      VARCHAR(200) NOT NULL,
  host_site_id    BIGINT       NOT NULL,
  host_site_name  VARCHAR(120) NOT NULL,
  host_time_zone  VARCHAR(64)  NOT NULL,
  starts_at       DATETIME(6)  NOT NULL,
  ends_at         DATETIME(6)  NOT NULL,
  -- copied from the proposal, so capacity and calendars read stays alone
  accepted        BOOLEAN      NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_exchange_stay_key UNIQUE (workspace_id, id),
  CONSTRAINT uq_exchange_stay_agent UNIQUE (workspace_id, proposal_id, agent_id),
  CONSTRAINT fk_exchange_stay_proposal FOREIGN KEY (workspace_id, proposal_id)
    REFERENCES exchange_proposal (workspace_id, id),
  CONSTRAINT fk_exchange_stay_agent FOREIGN KEY (organization_id, agent_id)
    REFERENCES agent (organization_id, id)
);
CREATE INDEX ix_exchange_stay_site ON exchange_stay (workspace_id, host_site_id, starts_at);
CREATE INDEX ix_exchange_stay_agent ON exchange_stay (workspace_id, agent_id, starts_at);
CREATE INDEX ix_exchange_stay_calendar ON exchange_stay (workspace_id, starts_at);

-- When an organization's agent is away on an accepted exchange, whichever workspace it belongs to:
-- what the double-booking check reads. The organization's private record.
CREATE TABLE agent_booking (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  organization_id BIGINT      NOT NULL,
  agent_id        BIGINT      NOT NULL,
  workspace_id    BIGINT      NOT NULL,
  stay_id         BIGINT      NOT NULL,
  starts_at       DATETIME(6) NOT NULL,
  ends_at         DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_agent_booking_stay UNIQUE (organization_id, workspace_id, stay_id),
  CONSTRAINT fk_agent_booking_agent FOREIGN KEY (organization_id, agent_id)
    REFERENCES agent (organization_id, id),
  CONSTRAINT fk_agent_booking_stay FOREIGN KEY (workspace_id, stay_id)
    REFERENCES exchange_stay (workspace_id, id)
);
CREATE INDEX ix_agent_booking ON agent_booking (organization_id, agent_id, starts_at);
