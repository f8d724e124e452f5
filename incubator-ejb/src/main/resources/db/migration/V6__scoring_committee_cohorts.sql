-- Scoring grid per call, marks and computed totals per application, cohorts, committee sessions,
-- conflicts of interest, and the holder's own entrepreneur account.
ALTER TABLE call_for_applications
  ADD COLUMN score_top_mark INT NOT NULL DEFAULT 10,
  ADD COLUMN weight_vulnerability INT NOT NULL DEFAULT 30,
  ADD COLUMN weight_skills INT NOT NULL DEFAULT 20,
  ADD COLUMN weight_viability INT NOT NULL DEFAULT 30,
  ADD COLUMN weight_interview INT NOT NULL DEFAULT 20,
  ADD CONSTRAINT ck_call_top_mark CHECK (score_top_mark BETWEEN 1 AND 100),
  ADD CONSTRAINT ck_call_weights CHECK (
    weight_vulnerability BETWEEN 0 AND 100 AND weight_skills BETWEEN 0 AND 100
    AND weight_viability BETWEEN 0 AND 100 AND weight_interview BETWEEN 0 AND 100
    AND weight_vulnerability + weight_skills + weight_viability + weight_interview > 0);

CREATE TABLE cohort (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  call_id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  capacity INT NOT NULL,
  admitted INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_cohort_call_name UNIQUE (call_id, name),
  CONSTRAINT fk_cohort_call FOREIGN KEY (call_id) REFERENCES call_for_applications (id),
  CONSTRAINT ck_cohort_period CHECK (ends_on >= starts_on),
  CONSTRAINT ck_cohort_capacity CHECK (capacity >= 1 AND admitted BETWEEN 0 AND capacity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE committee_session (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  call_id BIGINT NOT NULL,
  held_on DATE NOT NULL,
  minutes TEXT NULL,
  recorded_by VARCHAR(60) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_committee_session_call FOREIGN KEY (call_id) REFERENCES call_for_applications (id),
  INDEX ix_committee_session_call (call_id, held_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE committee_member (
  session_id BIGINT NOT NULL,
  username VARCHAR(60) NOT NULL,
  PRIMARY KEY (session_id, username),
  CONSTRAINT fk_committee_member_session FOREIGN KEY (session_id) REFERENCES committee_session (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE conflict_of_interest (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT NOT NULL,
  member VARCHAR(60) NOT NULL,
  declared_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_conflict_application_member UNIQUE (application_id, member),
  CONSTRAINT fk_conflict_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE application
  ADD COLUMN mark_vulnerability INT NULL,
  ADD COLUMN mark_skills INT NULL,
  ADD COLUMN mark_viability INT NULL,
  ADD COLUMN mark_interview INT NULL,
  ADD COLUMN total_score DECIMAL(5, 2) NULL,
  ADD COLUMN scored_by VARCHAR(60) NULL,
  ADD COLUMN scored_at DATETIME(6) NULL,
  ADD COLUMN cohort_id BIGINT NULL,
  ADD CONSTRAINT fk_application_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  ADD CONSTRAINT ck_application_total CHECK (total_score BETWEEN 0 AND 100),
  ADD CONSTRAINT ck_application_cohort CHECK (cohort_id IS NULL OR status = 'ADMITTED'),
  ADD INDEX ix_application_ranking (call_id, status, total_score),
  ADD INDEX ix_application_cohort (cohort_id, status);

ALTER TABLE application_status_change
  ADD COLUMN session_id BIGINT NULL,
  ADD COLUMN note VARCHAR(500) NULL,
  ADD CONSTRAINT fk_status_change_session FOREIGN KEY (session_id) REFERENCES committee_session (id);

ALTER TABLE project_holder
  ADD COLUMN account VARCHAR(60) NULL,
  ADD CONSTRAINT uq_project_holder_account UNIQUE (account);
