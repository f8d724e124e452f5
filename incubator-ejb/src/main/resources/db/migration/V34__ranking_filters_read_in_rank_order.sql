-- A call's ranking narrowed to a province, a gender or a trade reads its page from an index range
-- that holds only those applications, in rank order, instead of walking the whole call's rank order
-- and reading each applicant to test the filter (a province's page of 25 at 100,000 applications
-- went through some 2,000 rows). The applicant's province, gender and trade are copied onto the
-- application: written with it (the entity copies them from its holder; a bulk load must name them,
-- having no default), and kept by the trigger below when the holder moves or changes trade.
-- RankingIT checks the copy after a holder moves.
--
-- Not a BEFORE INSERT trigger: on MariaDB 11.4.5 (the embedded server) any BEFORE INSERT trigger
-- makes a multi-row INSERT ... SELECT fail with "Column 'holder_id' cannot be null", which bulk
-- loads of applications use.
ALTER TABLE application
  ADD COLUMN holder_province_code VARCHAR(32) NULL,
  ADD COLUMN holder_gender VARCHAR(10) NULL,
  ADD COLUMN holder_trade VARCHAR(30) NULL;

UPDATE application a JOIN project_holder h ON h.id = a.holder_id
  SET a.holder_province_code = h.province_code,
      a.holder_gender = h.gender,
      a.holder_trade = h.project_trade;

ALTER TABLE application
  MODIFY holder_province_code VARCHAR(32) NOT NULL,
  MODIFY holder_gender VARCHAR(10) NOT NULL,
  MODIFY holder_trade VARCHAR(30) NOT NULL,
  ADD INDEX ix_application_rank_province
    (call_id, in_ranking, holder_province_code, total_score DESC, id, status),
  ADD INDEX ix_application_rank_gender
    (call_id, in_ranking, holder_gender, total_score DESC, id, status),
  ADD INDEX ix_application_rank_trade
    (call_id, in_ranking, holder_trade, total_score DESC, id, status);

CREATE TRIGGER tr_project_holder_copy_to_applications AFTER UPDATE ON project_holder FOR EACH ROW
  UPDATE application
    SET holder_province_code = NEW.province_code,
        holder_gender = NEW.gender,
        holder_trade = NEW.project_trade
    WHERE holder_id = NEW.id
      AND NOT (NEW.province_code <=> OLD.province_code AND NEW.gender <=> OLD.gender
               AND NEW.project_trade <=> OLD.project_trade);
