-- Paying seed grants: one payment per tranche (and per submitted form), and mentors' confirmations
-- of the milestones that unlock tranches.
CREATE TABLE grant_payment (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id BIGINT NOT NULL,
  tranche INT NOT NULL,
  amount DECIMAL(14, 2) NOT NULL,
  paid_on DATE NOT NULL,
  method VARCHAR(20) NOT NULL,
  reference VARCHAR(100) NOT NULL,
  token CHAR(36) NOT NULL,
  recorded_by VARCHAR(60) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_grant_payment_tranche UNIQUE (request_id, tranche),
  CONSTRAINT uq_grant_payment_token UNIQUE (token),
  CONSTRAINT fk_grant_payment_request FOREIGN KEY (request_id) REFERENCES grant_request (id),
  CONSTRAINT ck_grant_payment_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_grant_payment_no_update BEFORE UPDATE ON grant_payment
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Payments are never changed';

CREATE TRIGGER tr_grant_payment_no_delete BEFORE DELETE ON grant_payment
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Payments are never deleted';

CREATE TABLE milestone_confirmation (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT NOT NULL,
  milestone VARCHAR(30) NOT NULL,
  reached_on DATE NOT NULL,
  note VARCHAR(500) NULL,
  confirmed_by VARCHAR(60) NOT NULL,
  confirmed_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_milestone_confirmation UNIQUE (application_id, milestone),
  CONSTRAINT fk_milestone_confirmation_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
