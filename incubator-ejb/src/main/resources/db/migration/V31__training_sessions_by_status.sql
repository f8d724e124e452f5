-- The cohorts' list counts each cohort's sessions still to hold, those overdue and finds the next
-- one: with the cohort's sessions in status order, each count reads only its own sessions from the
-- index, not every session of the cohort.
ALTER TABLE training_session
  ADD INDEX ix_training_session_status (cohort_id, status, day);
