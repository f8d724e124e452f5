-- A call's ranking at national scale: each application's rank is kept as marks and statuses change,
-- instead of a window over the whole call for every page. `ranked_total` holds, for each total a
-- call's ranked applications reached, how many reached it and how many are ahead of it (a higher
-- total): a rank is that number plus one, read by equality. The triggers of `application` keep it.
--
-- Two mentors marking at the same moment: every change of a call's tally first takes the lock of
-- the call's row in `call_ranking`, so changes of one call's ranks follow one another (lock order:
-- the application, then the call's ranking, then its totals) and never deadlock each other; a
-- service changing many applications of a call locks them all first, in one statement.
CREATE TABLE call_ranking (
  call_id BIGINT NOT NULL PRIMARY KEY,
  ranked INT NOT NULL,
  CONSTRAINT fk_call_ranking_call FOREIGN KEY (call_id) REFERENCES call_for_applications (id)
);

CREATE TABLE ranked_total (
  call_id BIGINT NOT NULL,
  total_score DECIMAL(5, 2) NOT NULL,
  applications INT NOT NULL,
  ahead INT NOT NULL,
  PRIMARY KEY (call_id, total_score)
);

-- A page of the ranking reads its rows in this order; the status is in it to filter without
-- reading the rows.
ALTER TABLE application
  DROP INDEX ix_application_ranking,
  ADD INDEX ix_application_rank_order (call_id, total_score DESC, id, status);

DELIMITER //

CREATE PROCEDURE ranking_enter(IN c BIGINT, IN s DECIMAL(5, 2))
BEGIN
  DECLARE above INT DEFAULT 0;
  INSERT INTO call_ranking (call_id, ranked) VALUES (c, 1)
    ON DUPLICATE KEY UPDATE ranked = ranked + 1;
  UPDATE ranked_total SET ahead = ahead + 1 WHERE call_id = c AND total_score < s;
  SELECT COALESCE((SELECT t.ahead + t.applications FROM ranked_total t
                   WHERE t.call_id = c AND t.total_score > s
                   ORDER BY t.total_score LIMIT 1), 0) INTO above;
  INSERT INTO ranked_total (call_id, total_score, applications, ahead) VALUES (c, s, 1, above)
    ON DUPLICATE KEY UPDATE applications = applications + 1;
END//

CREATE PROCEDURE ranking_leave(IN c BIGINT, IN s DECIMAL(5, 2))
BEGIN
  UPDATE call_ranking SET ranked = ranked - 1 WHERE call_id = c;
  UPDATE ranked_total SET ahead = ahead - 1 WHERE call_id = c AND total_score < s;
  UPDATE ranked_total SET applications = applications - 1 WHERE call_id = c AND total_score = s;
  DELETE FROM ranked_total WHERE call_id = c AND total_score = s AND applications = 0;
END//

-- Counts a call's ranking again from its applications: after a bulk load that set
-- @ranking_rebuilt_after_load = 1 (the triggers then leave the ranking alone), and below.
CREATE PROCEDURE ranking_rebuild(IN c BIGINT)
BEGIN
  INSERT INTO call_ranking (call_id, ranked) VALUES (c, 0) ON DUPLICATE KEY UPDATE ranked = ranked;
  SELECT ranked INTO @ranking_lock FROM call_ranking WHERE call_id = c FOR UPDATE;
  DELETE FROM ranked_total WHERE call_id = c;
  INSERT INTO ranked_total (call_id, total_score, applications, ahead)
    SELECT g.call_id, g.total_score, g.applications,
           COALESCE(SUM(g.applications) OVER (ORDER BY g.total_score DESC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
    FROM (SELECT call_id, total_score, COUNT(*) AS applications FROM application
          WHERE call_id = c AND total_score IS NOT NULL
            AND status IN ('ELIGIBLE', 'SHORTLISTED', 'ADMITTED', 'WAITING', 'DECLINED')
          GROUP BY call_id, total_score) g;
  UPDATE call_ranking SET ranked = (SELECT COALESCE(SUM(applications), 0) FROM ranked_total
                                    WHERE call_id = c)
    WHERE call_id = c;
END//

-- The statuses are ApplicationStatus.RANKED; RankingIT compares these ranks with a window over
-- the whole call.
CREATE TRIGGER tr_application_ranking_insert AFTER INSERT ON application FOR EACH ROW
BEGIN
  IF @ranking_rebuilt_after_load IS NULL AND NEW.total_score IS NOT NULL
     AND NEW.status IN ('ELIGIBLE', 'SHORTLISTED', 'ADMITTED', 'WAITING', 'DECLINED') THEN
    CALL ranking_enter(NEW.call_id, NEW.total_score);
  END IF;
END//

CREATE TRIGGER tr_application_ranking_update AFTER UPDATE ON application FOR EACH ROW
BEGIN
  DECLARE was_ranked BOOLEAN DEFAULT FALSE;
  DECLARE is_ranked BOOLEAN DEFAULT FALSE;
  IF @ranking_rebuilt_after_load IS NULL THEN
    SET was_ranked = OLD.total_score IS NOT NULL
        AND OLD.status IN ('ELIGIBLE', 'SHORTLISTED', 'ADMITTED', 'WAITING', 'DECLINED');
    SET is_ranked = NEW.total_score IS NOT NULL
        AND NEW.status IN ('ELIGIBLE', 'SHORTLISTED', 'ADMITTED', 'WAITING', 'DECLINED');
    IF NOT (was_ranked AND is_ranked AND OLD.call_id = NEW.call_id
            AND OLD.total_score = NEW.total_score) THEN
      IF was_ranked THEN
        CALL ranking_leave(OLD.call_id, OLD.total_score);
      END IF;
      IF is_ranked THEN
        CALL ranking_enter(NEW.call_id, NEW.total_score);
      END IF;
    END IF;
  END IF;
END//

CREATE TRIGGER tr_application_ranking_delete AFTER DELETE ON application FOR EACH ROW
BEGIN
  IF @ranking_rebuilt_after_load IS NULL AND OLD.total_score IS NOT NULL
     AND OLD.status IN ('ELIGIBLE', 'SHORTLISTED', 'ADMITTED', 'WAITING', 'DECLINED') THEN
    CALL ranking_leave(OLD.call_id, OLD.total_score);
  END IF;
END//

DELIMITER ;

-- The ranks of the calls there are.
INSERT INTO ranked_total (call_id, total_score, applications, ahead)
  SELECT g.call_id, g.total_score, g.applications,
         COALESCE(SUM(g.applications) OVER (PARTITION BY g.call_id ORDER BY g.total_score DESC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
  FROM (SELECT call_id, total_score, COUNT(*) AS applications FROM application
        WHERE total_score IS NOT NULL
          AND status IN ('ELIGIBLE', 'SHORTLISTED', 'ADMITTED', 'WAITING', 'DECLINED')
        GROUP BY call_id, total_score) g;

INSERT INTO call_ranking (call_id, ranked)
  SELECT c.id, (SELECT COALESCE(SUM(t.applications), 0) FROM ranked_total t WHERE t.call_id = c.id)
  FROM call_for_applications c;
