-- Training, first part: the journey of each admitted person (participant), the curriculum in
-- versions (tracks are data), the curriculum each cohort follows, and the cohorts' sessions.

CREATE TABLE participant (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  application_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  holder_id BIGINT NOT NULL,
  stage VARCHAR(20) NOT NULL,
  stage_since DATETIME(6) NOT NULL,
  CONSTRAINT uq_participant_application UNIQUE (application_id),
  CONSTRAINT fk_participant_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_participant_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_participant_holder FOREIGN KEY (holder_id) REFERENCES project_holder (id),
  INDEX ix_participant_cohort (cohort_id, stage),
  INDEX ix_participant_holder (holder_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE journey_step (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  participant_id BIGINT NOT NULL,
  sequence INT NOT NULL,
  from_stage VARCHAR(20) NULL,
  to_stage VARCHAR(20) NOT NULL,
  reason VARCHAR(500) NULL,
  done_by VARCHAR(60) NOT NULL,
  done_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_journey_step_sequence UNIQUE (participant_id, sequence),
  CONSTRAINT fk_journey_step_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_journey_step_no_update BEFORE UPDATE ON journey_step
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The journey is append-only';

CREATE TRIGGER tr_journey_step_no_delete BEFORE DELETE ON journey_step
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The journey is append-only';

-- Everyone admitted before this migration starts their journey in training, admitted when the
-- history says they were.
INSERT INTO participant (application_id, cohort_id, holder_id, stage, stage_since)
SELECT a.id, a.cohort_id, a.holder_id, 'IN_TRAINING',
       COALESCE((SELECT MAX(s.changed_at) FROM application_status_change s
                 WHERE s.application_id = a.id AND s.to_status = 'ADMITTED'), NOW(6))
FROM application a
WHERE a.status = 'ADMITTED' AND a.cohort_id IS NOT NULL;

INSERT INTO journey_step (participant_id, sequence, from_stage, to_stage, done_by, done_at)
SELECT p.id, 1, NULL, 'IN_TRAINING', 'system', p.stage_since FROM participant p;

CREATE TABLE training_track (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  code VARCHAR(40) NOT NULL,
  name_ar VARCHAR(100) NOT NULL,
  name_fr VARCHAR(100) NOT NULL,
  name_en VARCHAR(100) NOT NULL,
  position INT NOT NULL,
  CONSTRAINT uq_training_track_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO training_track (code, name_ar, name_fr, name_en, position) VALUES
  ('ENTREPRENEURIAL', 'المهارات المقاولاتية', 'Compétences entrepreneuriales', 'Entrepreneurial skills', 1),
  ('MANAGERIAL', 'المهارات التدبيرية', 'Compétences de gestion', 'Managerial skills', 2),
  ('PERSONAL', 'المهارات الشخصية', 'Compétences personnelles', 'Personal skills', 3);

-- A curriculum is written as a draft, then published to apply to the cohorts that start on or
-- after a day; at most one draft at a time.
CREATE TABLE curriculum_version (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  number INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  applies_from DATE NULL,
  note VARCHAR(500) NULL,
  created_by VARCHAR(60) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  published_by VARCHAR(60) NULL,
  published_at DATETIME(6) NULL,
  draft_marker TINYINT AS (IF(status = 'DRAFT', 1, NULL)) PERSISTENT,
  CONSTRAINT uq_curriculum_version_number UNIQUE (number),
  CONSTRAINT uq_curriculum_version_one_draft UNIQUE (draft_marker),
  CONSTRAINT ck_curriculum_version_published CHECK (status = 'DRAFT' OR applies_from IS NOT NULL),
  INDEX ix_curriculum_version_applies (status, applies_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE training_module (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  curriculum_id BIGINT NOT NULL,
  track_id BIGINT NOT NULL,
  position INT NOT NULL,
  title_ar VARCHAR(200) NOT NULL,
  title_fr VARCHAR(200) NOT NULL,
  title_en VARCHAR(200) NOT NULL,
  planned_hours INT NOT NULL,
  attendance_threshold INT NOT NULL,
  CONSTRAINT fk_training_module_curriculum FOREIGN KEY (curriculum_id) REFERENCES curriculum_version (id),
  CONSTRAINT fk_training_module_track FOREIGN KEY (track_id) REFERENCES training_track (id),
  CONSTRAINT ck_training_module_hours CHECK (planned_hours BETWEEN 1 AND 500),
  CONSTRAINT ck_training_module_threshold CHECK (attendance_threshold BETWEEN 1 AND 100),
  INDEX ix_training_module_curriculum (curriculum_id, track_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The curriculum a cohort follows, fixed when its first session is scheduled.
CREATE TABLE cohort_curriculum (
  cohort_id BIGINT NOT NULL PRIMARY KEY,
  curriculum_id BIGINT NOT NULL,
  fixed_by VARCHAR(60) NOT NULL,
  fixed_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_cohort_curriculum_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_cohort_curriculum_curriculum FOREIGN KEY (curriculum_id) REFERENCES curriculum_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE training_session (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  cohort_id BIGINT NOT NULL,
  module_id BIGINT NOT NULL,
  day DATE NOT NULL,
  starts_at TIME NOT NULL,
  ends_at TIME NOT NULL,
  place VARCHAR(200) NOT NULL,
  trainer VARCHAR(60) NULL,
  outside_trainer VARCHAR(100) NULL,
  responsible VARCHAR(60) NOT NULL,
  status VARCHAR(20) NOT NULL,
  cancel_reason VARCHAR(500) NULL,
  CONSTRAINT fk_training_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_training_session_module FOREIGN KEY (module_id) REFERENCES training_module (id),
  CONSTRAINT ck_training_session_time CHECK (ends_at > starts_at),
  CONSTRAINT ck_training_session_trainer CHECK ((trainer IS NULL) <> (outside_trainer IS NULL)),
  INDEX ix_training_session_cohort (cohort_id, day, starts_at),
  INDEX ix_training_session_trainer (trainer, day),
  INDEX ix_training_session_outside (outside_trainer, day),
  INDEX ix_training_session_responsible (responsible, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE training_session_change (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  session_id BIGINT NOT NULL,
  action VARCHAR(20) NOT NULL,
  day_before DATE NULL,
  starts_before TIME NULL,
  ends_before TIME NULL,
  day_after DATE NULL,
  starts_after TIME NULL,
  ends_after TIME NULL,
  reason VARCHAR(500) NULL,
  done_by VARCHAR(60) NOT NULL,
  done_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_training_session_change_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  INDEX ix_training_session_change_session (session_id, done_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_training_session_change_no_update BEFORE UPDATE ON training_session_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The session history is append-only';

CREATE TRIGGER tr_training_session_change_no_delete BEFORE DELETE ON training_session_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The session history is append-only';

-- A trainer's sessions are scheduled one at a time: the service takes this row's lock first
-- ('mentor:<user name>' or 'outside:<name>'), so two overlapping sessions cannot both be checked
-- free at the same moment.
CREATE TABLE trainer_lock (
  trainer_key VARCHAR(120) NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The training's list of cohorts is read along this index, the latest starting first.
CREATE INDEX ix_cohort_starts ON cohort (starts_on, id);
