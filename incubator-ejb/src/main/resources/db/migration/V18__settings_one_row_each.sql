-- Each programme setting is one row, kept as the text its declaration reads
-- (org.incubator.programme.Setting: context, type, default, bounds). A setting without a row holds
-- its declared default, so a new setting needs neither a column nor a migration. Replaces the one
-- row of programme_settings (V11, V16, V17) and its history of whole snapshots.
CREATE TABLE programme_setting (
  setting_key VARCHAR(60) NOT NULL PRIMARY KEY,
  setting_value VARCHAR(4000) NOT NULL,
  version BIGINT NOT NULL,
  changed_by VARCHAR(60) NOT NULL,
  changed_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Today's values move, one row each, with who saved the settings last and when.
INSERT INTO programme_setting (setting_key, setting_value, version, changed_by, changed_at)
SELECT 'REPEAT_YEARS', CAST(repeat_years AS CHAR), 1, updated_by, updated_at FROM programme_settings WHERE id = 1;
INSERT INTO programme_setting (setting_key, setting_value, version, changed_by, changed_at)
SELECT 'COMMITTEE_QUORUM', CAST(committee_quorum AS CHAR), 1, updated_by, updated_at FROM programme_settings WHERE id = 1;
INSERT INTO programme_setting (setting_key, setting_value, version, changed_by, changed_at)
SELECT 'DOCUMENTS_PER_APPLICATION', CAST(documents_per_application AS CHAR), 1, updated_by, updated_at FROM programme_settings WHERE id = 1;
INSERT INTO programme_setting (setting_key, setting_value, version, changed_by, changed_at)
SELECT 'MEGABYTES_PER_ACCOUNT', CAST(megabytes_per_account AS CHAR), 1, updated_by, updated_at FROM programme_settings WHERE id = 1;
INSERT INTO programme_setting (setting_key, setting_value, version, changed_by, changed_at)
SELECT 'GRANT_CEILING', CAST(grant_ceiling AS CHAR), 1, updated_by, updated_at FROM programme_settings WHERE id = 1;
INSERT INTO programme_setting (setting_key, setting_value, version, changed_by, changed_at)
SELECT 'TWO_REVIEWERS_ABOVE', CAST(two_reviewers_above AS CHAR), 1, updated_by, updated_at FROM programme_settings WHERE id = 1;
INSERT INTO programme_setting (setting_key, setting_value, version, changed_by, changed_at)
SELECT 'TRANCHE_PLAN', tranche_plan, 1, updated_by, updated_at FROM programme_settings WHERE id = 1;

-- One row per setting changed: its value before and after, who and when. Nobody edits or deletes it.
CREATE TABLE programme_setting_change (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  setting_key VARCHAR(60) NOT NULL,
  value_before VARCHAR(4000) NOT NULL,
  value_after VARCHAR(4000) NOT NULL,
  changed_by VARCHAR(60) NOT NULL,
  changed_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_programme_setting_change_at ON programme_setting_change (changed_at, id);

-- Each old snapshot (the settings after a change) becomes a row for each setting it changed, the
-- snapshot before it giving the value before; before the first one, the settings were those V11,
-- V16 and V17 started with.
INSERT INTO programme_setting_change (setting_key, value_before, value_after, changed_by, changed_at)
SELECT 'REPEAT_YEARS', value_before, value_after, changed_by, changed_at FROM (
  SELECT id, changed_by, changed_at, CAST(repeat_years AS CHAR) AS value_after,
         CAST(COALESCE(LAG(repeat_years) OVER (ORDER BY changed_at, id), 3) AS CHAR) AS value_before
  FROM programme_settings_change) snapshots
WHERE value_before <> value_after ORDER BY changed_at, id;
INSERT INTO programme_setting_change (setting_key, value_before, value_after, changed_by, changed_at)
SELECT 'COMMITTEE_QUORUM', value_before, value_after, changed_by, changed_at FROM (
  SELECT id, changed_by, changed_at, CAST(committee_quorum AS CHAR) AS value_after,
         CAST(COALESCE(LAG(committee_quorum) OVER (ORDER BY changed_at, id), 3) AS CHAR) AS value_before
  FROM programme_settings_change) snapshots
WHERE value_before <> value_after ORDER BY changed_at, id;
INSERT INTO programme_setting_change (setting_key, value_before, value_after, changed_by, changed_at)
SELECT 'DOCUMENTS_PER_APPLICATION', value_before, value_after, changed_by, changed_at FROM (
  SELECT id, changed_by, changed_at, CAST(documents_per_application AS CHAR) AS value_after,
         CAST(COALESCE(LAG(documents_per_application) OVER (ORDER BY changed_at, id), 10) AS CHAR) AS value_before
  FROM programme_settings_change) snapshots
WHERE value_before <> value_after ORDER BY changed_at, id;
INSERT INTO programme_setting_change (setting_key, value_before, value_after, changed_by, changed_at)
SELECT 'MEGABYTES_PER_ACCOUNT', value_before, value_after, changed_by, changed_at FROM (
  SELECT id, changed_by, changed_at, CAST(megabytes_per_account AS CHAR) AS value_after,
         CAST(COALESCE(LAG(megabytes_per_account) OVER (ORDER BY changed_at, id), 50) AS CHAR) AS value_before
  FROM programme_settings_change) snapshots
WHERE value_before <> value_after ORDER BY changed_at, id;
INSERT INTO programme_setting_change (setting_key, value_before, value_after, changed_by, changed_at)
SELECT 'GRANT_CEILING', value_before, value_after, changed_by, changed_at FROM (
  SELECT id, changed_by, changed_at, CAST(grant_ceiling AS CHAR) AS value_after,
         CAST(COALESCE(LAG(grant_ceiling) OVER (ORDER BY changed_at, id), 30000.00) AS CHAR) AS value_before
  FROM programme_settings_change) snapshots
WHERE value_before <> value_after ORDER BY changed_at, id;
INSERT INTO programme_setting_change (setting_key, value_before, value_after, changed_by, changed_at)
SELECT 'TWO_REVIEWERS_ABOVE', value_before, value_after, changed_by, changed_at FROM (
  SELECT id, changed_by, changed_at, CAST(two_reviewers_above AS CHAR) AS value_after,
         CAST(COALESCE(LAG(two_reviewers_above) OVER (ORDER BY changed_at, id), 20000.00) AS CHAR) AS value_before
  FROM programme_settings_change) snapshots
WHERE value_before <> value_after ORDER BY changed_at, id;
INSERT INTO programme_setting_change (setting_key, value_before, value_after, changed_by, changed_at)
SELECT 'TRANCHE_PLAN', value_before, value_after, changed_by, changed_at FROM (
  SELECT id, changed_by, changed_at, CAST(tranche_plan AS CHAR) AS value_after,
         CAST(COALESCE(LAG(tranche_plan) OVER (ORDER BY changed_at, id), '60:BUSINESS_LAUNCHED,40:EVALUATION_PASSED') AS CHAR) AS value_before
  FROM programme_settings_change) snapshots
WHERE value_before <> value_after ORDER BY changed_at, id;

CREATE TRIGGER tr_programme_setting_change_no_update BEFORE UPDATE ON programme_setting_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The settings history is append-only';

CREATE TRIGGER tr_programme_setting_change_no_delete BEFORE DELETE ON programme_setting_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The settings history is append-only';

DROP TABLE programme_settings_change;
DROP TABLE programme_settings;
