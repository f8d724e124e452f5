-- How many people each cohort has, and how many still follow the programme, kept as people are
-- admitted, drop out or close instead of counted over the cohort's participants for each page of
-- the cohorts' list (a call of 30,000 admitted in four cohorts made its last page read 30,000
-- rows). A cohort without a row has nobody yet. The triggers of `participant` keep it, whatever
-- writes it (the services, the demo, a bulk load); a person moved between cohorts changes the two
-- rows in the order of their ids, so two moves at the same moment never deadlock. TrainingIT
-- compares these counts with a count over every participant.
CREATE TABLE cohort_people (
  cohort_id BIGINT NOT NULL PRIMARY KEY,
  people INT NOT NULL,
  active INT NOT NULL,
  CONSTRAINT fk_cohort_people_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO cohort_people (cohort_id, people, active)
  SELECT cohort_id, COUNT(*), SUM(stage NOT IN ('DROPPED_OUT', 'CLOSED'))
  FROM participant GROUP BY cohort_id;

DELIMITER //

CREATE PROCEDURE cohort_people_add(IN cohort BIGINT, IN people_delta INT, IN active_delta INT)
BEGIN
  INSERT INTO cohort_people (cohort_id, people, active)
    VALUES (cohort, people_delta, active_delta)
    ON DUPLICATE KEY UPDATE people = people + people_delta, active = active + active_delta;
END//

CREATE TRIGGER tr_participant_cohort_people_insert AFTER INSERT ON participant FOR EACH ROW
BEGIN
  CALL cohort_people_add(NEW.cohort_id, 1, NEW.stage NOT IN ('DROPPED_OUT', 'CLOSED'));
END//

CREATE TRIGGER tr_participant_cohort_people_update AFTER UPDATE ON participant FOR EACH ROW
BEGIN
  DECLARE was_active INT;
  DECLARE is_active INT;
  SET was_active = OLD.stage NOT IN ('DROPPED_OUT', 'CLOSED');
  SET is_active = NEW.stage NOT IN ('DROPPED_OUT', 'CLOSED');
  IF NEW.cohort_id <> OLD.cohort_id THEN
    IF OLD.cohort_id < NEW.cohort_id THEN
      CALL cohort_people_add(OLD.cohort_id, -1, -was_active);
      CALL cohort_people_add(NEW.cohort_id, 1, is_active);
    ELSE
      CALL cohort_people_add(NEW.cohort_id, 1, is_active);
      CALL cohort_people_add(OLD.cohort_id, -1, -was_active);
    END IF;
  ELSEIF is_active <> was_active THEN
    CALL cohort_people_add(NEW.cohort_id, 0, is_active - was_active);
  END IF;
END//

CREATE TRIGGER tr_participant_cohort_people_delete AFTER DELETE ON participant FOR EACH ROW
BEGIN
  CALL cohort_people_add(OLD.cohort_id, -1, -(OLD.stage NOT IN ('DROPPED_OUT', 'CLOSED')));
END//

DELIMITER ;
