-- The register's list at national scale: every order it is sorted in, and every filter with the
-- name order, is the order of an index, so a page reads its 20 rows from an index instead of
-- sorting the register; names are searched by the start of the first or the last name.
ALTER TABLE project_holder
  ADD INDEX ix_project_holder_first_name (first_name, last_name),
  ADD INDEX ix_project_holder_province_name (province_code, last_name, first_name),
  ADD INDEX ix_project_holder_trade_name (project_trade, last_name, first_name),
  ADD INDEX ix_project_holder_gender_name (gender, last_name, first_name);

ALTER TABLE project_holder
  DROP INDEX ix_project_holder_province,
  DROP INDEX ix_project_holder_trade;
