-- Once a decision was made on a person, their identity (name, CIN, birth date, household income)
-- is only changed by a mentor, each change kept with its old and new value; nobody edits that
-- history. A decided grant request keeps the identity it was decided on, for its letters.
CREATE TABLE holder_identity_change (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  holder_id BIGINT NOT NULL,
  field VARCHAR(30) NOT NULL,
  old_value VARCHAR(100),
  new_value VARCHAR(100),
  changed_by VARCHAR(60) NOT NULL,
  changed_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_holder_identity_change_holder FOREIGN KEY (holder_id) REFERENCES project_holder (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_holder_identity_change_holder ON holder_identity_change (holder_id, changed_at);

CREATE TRIGGER tr_holder_identity_change_no_update BEFORE UPDATE ON holder_identity_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The identity history is append-only';

CREATE TRIGGER tr_holder_identity_change_no_delete BEFORE DELETE ON holder_identity_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The identity history is append-only';

ALTER TABLE grant_request
  ADD COLUMN decided_holder_name VARCHAR(170) NULL,
  ADD COLUMN decided_holder_cin VARCHAR(10) NULL;
