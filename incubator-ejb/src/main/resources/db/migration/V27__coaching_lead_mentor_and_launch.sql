-- Coaching, first part: who leads each person's coaching (with every change kept) and the launch
-- of their business.

CREATE TABLE mentorship (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  participant_id BIGINT NOT NULL,
  lead_mentor VARCHAR(60) NOT NULL,
  lead_since DATETIME(6) NOT NULL,
  CONSTRAINT uq_mentorship_participant UNIQUE (participant_id),
  CONSTRAINT fk_mentorship_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  INDEX ix_mentorship_lead (lead_mentor, participant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lead_mentor_change (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mentorship_id BIGINT NOT NULL,
  from_mentor VARCHAR(60) NULL,
  to_mentor VARCHAR(60) NOT NULL,
  reason VARCHAR(500) NULL,
  done_by VARCHAR(60) NOT NULL,
  done_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_lead_mentor_change_mentorship FOREIGN KEY (mentorship_id) REFERENCES mentorship (id),
  INDEX ix_lead_mentor_change_mentorship (mentorship_id, done_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_lead_mentor_change_no_update AFTER UPDATE ON lead_mentor_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Lead mentor changes are append-only';
CREATE TRIGGER tr_lead_mentor_change_no_delete BEFORE DELETE ON lead_mentor_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Lead mentor changes are append-only';

CREATE TABLE business_launch (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  participant_id BIGINT NOT NULL,
  legal_form VARCHAR(30) NOT NULL,
  registration_number VARCHAR(40) NULL,
  started_on DATE NOT NULL,
  address VARCHAR(300) NOT NULL,
  province_code VARCHAR(32) NOT NULL,
  activity VARCHAR(300) NOT NULL,
  recorded_by VARCHAR(60) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  confirmed_by VARCHAR(60) NULL,
  confirmed_at DATETIME(6) NULL,
  CONSTRAINT uq_business_launch_participant UNIQUE (participant_id),
  CONSTRAINT fk_business_launch_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT fk_business_launch_province FOREIGN KEY (province_code) REFERENCES province (code),
  CONSTRAINT ck_business_launch_second_mentor CHECK (confirmed_by IS NULL OR confirmed_by <> recorded_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
