-- Seed grants: the foundation's budget envelopes, grant requests with their lines, tranches and
-- approvals, reviewers' conflicts of interest, and the append-only trail of every request.
CREATE TABLE budget_envelope (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  name VARCHAR(150) NOT NULL,
  funding_source VARCHAR(150) NOT NULL,
  amount DECIMAL(14, 2) NOT NULL,
  committed DECIMAL(14, 2) NOT NULL DEFAULT 0,
  paid DECIMAL(14, 2) NOT NULL DEFAULT 0,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  created_by VARCHAR(60) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_budget_envelope_name UNIQUE (name),
  CONSTRAINT ck_budget_envelope_amounts CHECK (amount > 0 AND committed >= 0 AND committed <= amount AND paid >= 0 AND paid <= committed),
  CONSTRAINT ck_budget_envelope_period CHECK (ends_on >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE envelope_call (
  envelope_id BIGINT NOT NULL,
  call_id BIGINT NOT NULL,
  PRIMARY KEY (envelope_id, call_id),
  CONSTRAINT fk_envelope_call_envelope FOREIGN KEY (envelope_id) REFERENCES budget_envelope (id) ON DELETE CASCADE,
  CONSTRAINT fk_envelope_call_call FOREIGN KEY (call_id) REFERENCES call_for_applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE grant_request (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  application_id BIGINT NOT NULL,
  envelope_id BIGINT NOT NULL,
  revision INT NOT NULL,
  previous_id BIGINT NULL,
  amount DECIMAL(14, 2) NOT NULL,
  justification VARCHAR(4000) NOT NULL,
  status VARCHAR(20) NOT NULL,
  prepared_by VARCHAR(60) NOT NULL,
  submitted_at DATETIME(6) NULL,
  CONSTRAINT fk_grant_request_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_grant_request_envelope FOREIGN KEY (envelope_id) REFERENCES budget_envelope (id),
  CONSTRAINT fk_grant_request_previous FOREIGN KEY (previous_id) REFERENCES grant_request (id),
  CONSTRAINT uq_grant_request_revision UNIQUE (application_id, revision),
  CONSTRAINT ck_grant_request_amount CHECK (amount > 0),
  INDEX ix_grant_request_inbox (status, submitted_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE grant_line (
  request_id BIGINT NOT NULL,
  position INT NOT NULL,
  category VARCHAR(20) NOT NULL,
  description VARCHAR(200) NULL,
  amount DECIMAL(14, 2) NOT NULL,
  PRIMARY KEY (request_id, position),
  CONSTRAINT fk_grant_line_request FOREIGN KEY (request_id) REFERENCES grant_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE grant_tranche (
  request_id BIGINT NOT NULL,
  sequence INT NOT NULL,
  share_percent INT NOT NULL,
  amount DECIMAL(14, 2) NOT NULL,
  milestone VARCHAR(30) NOT NULL,
  PRIMARY KEY (request_id, sequence),
  CONSTRAINT fk_grant_tranche_request FOREIGN KEY (request_id) REFERENCES grant_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE grant_approval (
  request_id BIGINT NOT NULL,
  reviewer VARCHAR(60) NOT NULL,
  approved_at DATETIME(6) NOT NULL,
  comment VARCHAR(2000) NULL,
  PRIMARY KEY (request_id, reviewer),
  CONSTRAINT fk_grant_approval_request FOREIGN KEY (request_id) REFERENCES grant_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE grant_conflict (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT NOT NULL,
  reviewer VARCHAR(60) NOT NULL,
  declared_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_grant_conflict UNIQUE (application_id, reviewer),
  CONSTRAINT fk_grant_conflict_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE grant_event (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id BIGINT NOT NULL,
  sequence INT NOT NULL,
  action VARCHAR(40) NOT NULL,
  from_status VARCHAR(20) NULL,
  to_status VARCHAR(20) NOT NULL,
  done_by VARCHAR(60) NOT NULL,
  done_at DATETIME(6) NOT NULL,
  comment VARCHAR(2000) NULL,
  old_value VARCHAR(1000) NULL,
  new_value VARCHAR(1000) NULL,
  CONSTRAINT uq_grant_event_sequence UNIQUE (request_id, sequence),
  CONSTRAINT fk_grant_event_request FOREIGN KEY (request_id) REFERENCES grant_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_grant_event_no_update BEFORE UPDATE ON grant_event
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The grant trail is append-only';

CREATE TRIGGER tr_grant_event_no_delete BEFORE DELETE ON grant_event
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The grant trail is append-only';
