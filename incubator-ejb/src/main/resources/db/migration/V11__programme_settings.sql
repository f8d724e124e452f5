-- The programme's settings, changed by the administrator on a page (one row), and every change kept.
CREATE TABLE programme_settings (
  id INT NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  grant_ceiling DECIMAL(14, 2) NOT NULL,
  two_reviewers_above DECIMAL(14, 2) NOT NULL,
  tranche_plan VARCHAR(400) NOT NULL,
  repeat_years INT NOT NULL,
  updated_by VARCHAR(60) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT ck_programme_settings_single CHECK (id = 1),
  CONSTRAINT ck_programme_settings_amounts CHECK (grant_ceiling > 0 AND two_reviewers_above >= 0),
  CONSTRAINT ck_programme_settings_years CHECK (repeat_years BETWEEN 0 AND 20)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO programme_settings (id, version, grant_ceiling, two_reviewers_above, tranche_plan, repeat_years, updated_by, updated_at)
VALUES (1, 1, 30000.00, 20000.00, '60:BUSINESS_LAUNCHED,40:EVALUATION_PASSED', 3, 'migration', UTC_TIMESTAMP(6));

-- Each change, with the settings as they were after it (the row before it shows them before).
CREATE TABLE programme_settings_change (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  changed_by VARCHAR(60) NOT NULL,
  changed_at DATETIME(6) NOT NULL,
  grant_ceiling DECIMAL(14, 2) NOT NULL,
  two_reviewers_above DECIMAL(14, 2) NOT NULL,
  tranche_plan VARCHAR(400) NOT NULL,
  repeat_years INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_programme_settings_change_no_update BEFORE UPDATE ON programme_settings_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The settings history is append-only';

CREATE TRIGGER tr_programme_settings_change_no_delete BEFORE DELETE ON programme_settings_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The settings history is append-only';
