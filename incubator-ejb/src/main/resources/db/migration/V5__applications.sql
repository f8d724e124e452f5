-- Applications to calls (one per project holder and call) and their append-only history of status changes.
CREATE TABLE application (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  holder_id BIGINT NOT NULL,
  call_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  CONSTRAINT uq_application_call_holder UNIQUE (call_id, holder_id),
  CONSTRAINT fk_application_holder FOREIGN KEY (holder_id) REFERENCES project_holder (id),
  CONSTRAINT fk_application_call FOREIGN KEY (call_id) REFERENCES call_for_applications (id),
  INDEX ix_application_call_status (call_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE application_status_change (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT NOT NULL,
  sequence INT NOT NULL,
  from_status VARCHAR(20) NULL,
  to_status VARCHAR(20) NOT NULL,
  changed_at DATETIME(6) NOT NULL,
  changed_by VARCHAR(60) NOT NULL,
  reason_key VARCHAR(100) NOT NULL,
  CONSTRAINT uq_status_change_sequence UNIQUE (application_id, sequence),
  CONSTRAINT fk_status_change_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The history is an audit trail: nobody edits or deletes it, not even through SQL.
CREATE TRIGGER tr_status_change_no_update BEFORE UPDATE ON application_status_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The application history is append-only';

CREATE TRIGGER tr_status_change_no_delete BEFORE DELETE ON application_status_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The application history is append-only';
