-- Training, second part: the roll of each session. attendance holds each person's mark now (one
-- row per session and person, written as it is tapped); attendance_change keeps every tap,
-- corrections included, and the tap's own id, so a tap sent twice (a phone that lost its
-- connection and sends again) counts once.

CREATE TABLE attendance (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  session_id BIGINT NOT NULL,
  participant_id BIGINT NOT NULL,
  presence VARCHAR(20) NOT NULL,
  minutes_late INT NULL,
  absence_reason VARCHAR(20) NULL,
  marked_by VARCHAR(60) NOT NULL,
  marked_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_attendance_session_participant UNIQUE (session_id, participant_id),
  CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_attendance_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT ck_attendance_late CHECK ((presence = 'LATE') = (minutes_late IS NOT NULL)),
  CONSTRAINT ck_attendance_excused CHECK ((presence = 'EXCUSED') = (absence_reason IS NOT NULL)),
  INDEX ix_attendance_participant (participant_id, session_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attendance_change (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  session_id BIGINT NOT NULL,
  participant_id BIGINT NOT NULL,
  presence VARCHAR(20) NOT NULL,
  minutes_late INT NULL,
  absence_reason VARCHAR(20) NULL,
  marked_by VARCHAR(60) NOT NULL,
  marked_at DATETIME(6) NOT NULL,
  tap VARCHAR(40) NOT NULL,
  CONSTRAINT uq_attendance_change_tap UNIQUE (tap),
  CONSTRAINT fk_attendance_change_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_attendance_change_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  INDEX ix_attendance_change_session (session_id, participant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_attendance_change_no_update BEFORE UPDATE ON attendance_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The roll history is append-only';

CREATE TRIGGER tr_attendance_change_no_delete BEFORE DELETE ON attendance_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The roll history is append-only';

-- A roll closes some days after its session (a programme setting); an administrator reopens it,
-- with a reason, for as many days again.
CREATE TABLE roll_reopening (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  session_id BIGINT NOT NULL,
  reason VARCHAR(500) NOT NULL,
  reopened_by VARCHAR(60) NOT NULL,
  reopened_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_roll_reopening_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  INDEX ix_roll_reopening_session (session_id, reopened_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_roll_reopening_no_update BEFORE UPDATE ON roll_reopening
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Roll reopenings are append-only';

CREATE TRIGGER tr_roll_reopening_no_delete BEFORE DELETE ON roll_reopening
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Roll reopenings are append-only';
