-- The report of each sheet of paper applications imported into a call, kept after the import is
-- over (it lived in the server's memory and was lost at each restart): who imported which file,
-- when, how many lines were read, imported and refused, and whether the import went to the end.
CREATE TABLE import_report (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  call_id BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  started_by VARCHAR(60) NOT NULL,
  started_at DATETIME(6) NOT NULL,
  ended_at DATETIME(6) NULL,
  state VARCHAR(12) NOT NULL,
  lines_total INT NOT NULL,
  lines_read INT NOT NULL DEFAULT 0,
  lines_imported INT NOT NULL DEFAULT 0,
  lines_refused INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_import_report_call FOREIGN KEY (call_id) REFERENCES call_for_applications (id),
  CONSTRAINT ck_import_report_state CHECK (state IN ('RUNNING', 'FINISHED', 'INTERRUPTED')),
  CONSTRAINT ck_import_report_lines CHECK (lines_imported + lines_refused = lines_read AND lines_read <= lines_total),
  INDEX ix_import_report_started_by (started_by, started_at),
  INDEX ix_import_report_started_at (started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each refused line: its number in the sheet, the CIN it held, and why (a message key and its
-- arguments, read in each reader's language). Written once, never changed.
CREATE TABLE import_refused_line (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id BIGINT NOT NULL,
  line_number INT NOT NULL,
  cin VARCHAR(40) NULL,
  field VARCHAR(60) NULL,
  message_key VARCHAR(100) NOT NULL,
  CONSTRAINT fk_import_refused_line_report FOREIGN KEY (report_id) REFERENCES import_report (id),
  INDEX ix_import_refused_line_report (report_id, line_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE import_refused_line_argument (
  refused_line_id BIGINT NOT NULL,
  argument_index INT NOT NULL,
  argument VARCHAR(300) NOT NULL,
  PRIMARY KEY (refused_line_id, argument_index),
  CONSTRAINT fk_import_refused_line_argument_line FOREIGN KEY (refused_line_id) REFERENCES import_refused_line (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_import_refused_line_no_update BEFORE UPDATE ON import_refused_line
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A refused line of an import report is kept as it was';

CREATE TRIGGER tr_import_refused_line_no_delete BEFORE DELETE ON import_refused_line
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A refused line of an import report is kept as it was';

CREATE TRIGGER tr_import_refused_line_argument_no_update BEFORE UPDATE ON import_refused_line_argument
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A refused line of an import report is kept as it was';

CREATE TRIGGER tr_import_refused_line_argument_no_delete BEFORE DELETE ON import_refused_line_argument
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A refused line of an import report is kept as it was';
