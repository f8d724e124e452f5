-- An online account owns a holder's file only once a mentor confirmed the person's identity.
-- Until then the link waits ("identity to confirm") and the account sees nothing of the file but
-- what it sent itself. A CIN already in the register is claimed, not taken. Every link, confirmation,
-- unlink and refused claim is kept (who, when, why); nobody edits that history.
ALTER TABLE project_holder ADD COLUMN account_confirmed BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE project_holder SET account_confirmed = TRUE WHERE account IS NOT NULL;

CREATE TABLE identity_claim (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  account VARCHAR(60) NOT NULL,
  cin VARCHAR(10) NOT NULL,
  holder_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  claimed_at DATETIME(6) NOT NULL,
  decided_by VARCHAR(60) NULL,
  decided_at DATETIME(6) NULL,
  reason VARCHAR(500) NULL,
  CONSTRAINT fk_identity_claim_holder FOREIGN KEY (holder_id) REFERENCES project_holder (id),
  CONSTRAINT ck_identity_claim_status CHECK (status IN ('TO_CONFIRM', 'CONFIRMED', 'REFUSED', 'UNLINKED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_identity_claim_holder ON identity_claim (holder_id, claimed_at);
CREATE INDEX ix_identity_claim_status ON identity_claim (status, claimed_at);

CREATE TABLE holder_account_event (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  holder_id BIGINT NOT NULL,
  account VARCHAR(60) NOT NULL,
  action VARCHAR(20) NOT NULL,
  done_by VARCHAR(60) NOT NULL,
  done_at DATETIME(6) NOT NULL,
  reason VARCHAR(500) NULL,
  CONSTRAINT fk_holder_account_event_holder FOREIGN KEY (holder_id) REFERENCES project_holder (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_holder_account_event_no_update BEFORE UPDATE ON holder_account_event
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The account links history is append-only';

CREATE TRIGGER tr_holder_account_event_no_delete BEFORE DELETE ON holder_account_event
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The account links history is append-only';
