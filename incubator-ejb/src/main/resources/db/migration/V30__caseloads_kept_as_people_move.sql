-- Each mentor's caseload at national scale: how many people who still follow the programme each
-- mentor leads, and how many of them launched, kept as leads and stages change instead of counted
-- over every participant for each look at the caseloads. The row of mentor '' counts the people
-- who follow the programme without a lead mentor. The triggers of `participant` and `mentorship`
-- keep it, whatever writes them (the services, the demo, a bulk load).
--
-- Two changes at the same moment: each takes the rows it changes in the order of the mentors'
-- names ('' first), so two hand-overs between the same two mentors wait for each other and never
-- deadlock. The stages are JourneyStage.active(); CoachingIT compares these counts with a count
-- over every participant.
CREATE TABLE mentor_caseload (
  mentor VARCHAR(60) NOT NULL PRIMARY KEY,
  people INT NOT NULL,
  launched INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO mentor_caseload (mentor, people, launched)
  SELECT COALESCE(m.lead_mentor, ''), COUNT(*), SUM(p.stage = 'LAUNCHED')
  FROM participant p LEFT JOIN mentorship m ON m.participant_id = p.id
  WHERE p.stage IN ('IN_TRAINING', 'TRAINED', 'EQUIPPED', 'FUNDED', 'LAUNCHED')
  GROUP BY COALESCE(m.lead_mentor, '');

DELIMITER //

CREATE PROCEDURE caseload_add(IN who VARCHAR(60), IN people_delta INT, IN launched_delta INT)
BEGIN
  INSERT INTO mentor_caseload (mentor, people, launched)
    VALUES (who, people_delta, launched_delta)
    ON DUPLICATE KEY UPDATE people = people + people_delta, launched = launched + launched_delta;
END//

-- One person who follows the programme (launched or not) moves from one caseload to another.
CREATE PROCEDURE caseload_move(IN from_mentor VARCHAR(60), IN to_mentor VARCHAR(60),
                               IN is_launched INT)
BEGIN
  IF from_mentor < to_mentor THEN
    CALL caseload_add(from_mentor, -1, -is_launched);
    CALL caseload_add(to_mentor, 1, is_launched);
  ELSEIF from_mentor > to_mentor THEN
    CALL caseload_add(to_mentor, 1, is_launched);
    CALL caseload_add(from_mentor, -1, -is_launched);
  END IF;
END//

CREATE TRIGGER tr_participant_caseload_insert AFTER INSERT ON participant FOR EACH ROW
BEGIN
  IF NEW.stage IN ('IN_TRAINING', 'TRAINED', 'EQUIPPED', 'FUNDED', 'LAUNCHED') THEN
    CALL caseload_add('', 1, NEW.stage = 'LAUNCHED');
  END IF;
END//

CREATE TRIGGER tr_participant_caseload_update AFTER UPDATE ON participant FOR EACH ROW
BEGIN
  DECLARE people_delta INT;
  DECLARE launched_delta INT;
  SET people_delta =
    (NEW.stage IN ('IN_TRAINING', 'TRAINED', 'EQUIPPED', 'FUNDED', 'LAUNCHED'))
    - (OLD.stage IN ('IN_TRAINING', 'TRAINED', 'EQUIPPED', 'FUNDED', 'LAUNCHED'));
  SET launched_delta = (NEW.stage = 'LAUNCHED') - (OLD.stage = 'LAUNCHED');
  IF people_delta <> 0 OR launched_delta <> 0 THEN
    CALL caseload_add(
      COALESCE((SELECT m.lead_mentor FROM mentorship m WHERE m.participant_id = NEW.id), ''),
      people_delta, launched_delta);
  END IF;
END//

CREATE TRIGGER tr_participant_caseload_delete AFTER DELETE ON participant FOR EACH ROW
BEGIN
  IF OLD.stage IN ('IN_TRAINING', 'TRAINED', 'EQUIPPED', 'FUNDED', 'LAUNCHED') THEN
    CALL caseload_add(
      COALESCE((SELECT m.lead_mentor FROM mentorship m WHERE m.participant_id = OLD.id), ''),
      -1, -(OLD.stage = 'LAUNCHED'));
  END IF;
END//

CREATE TRIGGER tr_mentorship_caseload_insert AFTER INSERT ON mentorship FOR EACH ROW
BEGIN
  DECLARE person_stage VARCHAR(20);
  SELECT p.stage INTO person_stage FROM participant p WHERE p.id = NEW.participant_id;
  IF person_stage IN ('IN_TRAINING', 'TRAINED', 'EQUIPPED', 'FUNDED', 'LAUNCHED') THEN
    CALL caseload_move('', NEW.lead_mentor, person_stage = 'LAUNCHED');
  END IF;
END//

CREATE TRIGGER tr_mentorship_caseload_update AFTER UPDATE ON mentorship FOR EACH ROW
BEGIN
  DECLARE person_stage VARCHAR(20);
  IF NEW.lead_mentor <> OLD.lead_mentor THEN
    SELECT p.stage INTO person_stage FROM participant p WHERE p.id = NEW.participant_id;
    IF person_stage IN ('IN_TRAINING', 'TRAINED', 'EQUIPPED', 'FUNDED', 'LAUNCHED') THEN
      CALL caseload_move(OLD.lead_mentor, NEW.lead_mentor, person_stage = 'LAUNCHED');
    END IF;
  END IF;
END//

CREATE TRIGGER tr_mentorship_caseload_delete AFTER DELETE ON mentorship FOR EACH ROW
BEGIN
  DECLARE person_stage VARCHAR(20);
  SELECT p.stage INTO person_stage FROM participant p WHERE p.id = OLD.participant_id;
  IF person_stage IN ('IN_TRAINING', 'TRAINED', 'EQUIPPED', 'FUNDED', 'LAUNCHED') THEN
    CALL caseload_move(OLD.lead_mentor, '', person_stage = 'LAUNCHED');
  END IF;
END//

DELIMITER ;
