-- A committee's decision takes effect when a second member present confirms it (four eyes):
-- until then it is a proposal, one open at a time per application. Kept with who proposed and
-- who confirmed (or set it aside).
CREATE TABLE committee_proposal (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  application_id BIGINT NOT NULL,
  session_id BIGINT NOT NULL,
  decision VARCHAR(10) NOT NULL,
  cohort_id BIGINT NULL,
  reason VARCHAR(500) NULL,
  status VARCHAR(12) NOT NULL,
  proposed_by VARCHAR(60) NOT NULL,
  proposed_at DATETIME(6) NOT NULL,
  settled_by VARCHAR(60) NULL,
  settled_at DATETIME(6) NULL,
  CONSTRAINT fk_committee_proposal_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_committee_proposal_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
  CONSTRAINT fk_committee_proposal_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT ck_committee_proposal_decision CHECK (decision IN ('ADMIT', 'WAIT', 'DECLINE')),
  CONSTRAINT ck_committee_proposal_status CHECK (status IN ('PROPOSED', 'CONFIRMED', 'SET_ASIDE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_committee_proposal_application ON committee_proposal (application_id, status);

-- How many members a committee session needs present to decide (a programme setting).
ALTER TABLE programme_settings
  ADD COLUMN committee_quorum INT NOT NULL DEFAULT 3,
  ADD CONSTRAINT ck_programme_settings_quorum CHECK (committee_quorum BETWEEN 2 AND 15);

ALTER TABLE programme_settings_change ADD COLUMN committee_quorum INT NOT NULL DEFAULT 3;
