-- The append-only tables refuse a change after it is made, no longer before: MariaDB 11.4.5 may
-- write NULL in every column of an INSERT … SELECT into a table that has a BEFORE UPDATE trigger
-- (10.11 does not; seen with bulk loads and with several journey steps written at once), which
-- fails on NOT NULL columns, or with INSERT IGNORE drops rows silently. An AFTER UPDATE trigger
-- that signals undoes the change with the statement, as the BEFORE one did.

DROP TRIGGER tr_status_change_no_update;
CREATE TRIGGER tr_status_change_no_update AFTER UPDATE ON application_status_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The application history is append-only';

DROP TRIGGER tr_grant_event_no_update;
CREATE TRIGGER tr_grant_event_no_update AFTER UPDATE ON grant_event
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The grant trail is append-only';

DROP TRIGGER tr_grant_payment_no_update;
CREATE TRIGGER tr_grant_payment_no_update AFTER UPDATE ON grant_payment
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Payments are never changed';

DROP TRIGGER tr_holder_identity_change_no_update;
CREATE TRIGGER tr_holder_identity_change_no_update AFTER UPDATE ON holder_identity_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The identity history is append-only';

DROP TRIGGER tr_holder_account_event_no_update;
CREATE TRIGGER tr_holder_account_event_no_update AFTER UPDATE ON holder_account_event
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The account links history is append-only';

DROP TRIGGER tr_programme_setting_change_no_update;
CREATE TRIGGER tr_programme_setting_change_no_update AFTER UPDATE ON programme_setting_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The settings history is append-only';

DROP TRIGGER tr_import_refused_line_no_update;
CREATE TRIGGER tr_import_refused_line_no_update AFTER UPDATE ON import_refused_line
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A refused line of an import report is kept as it was';

DROP TRIGGER tr_import_refused_line_argument_no_update;
CREATE TRIGGER tr_import_refused_line_argument_no_update AFTER UPDATE ON import_refused_line_argument
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A refused line of an import report is kept as it was';

DROP TRIGGER tr_journey_step_no_update;
CREATE TRIGGER tr_journey_step_no_update AFTER UPDATE ON journey_step
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The journey is append-only';

DROP TRIGGER tr_training_session_change_no_update;
CREATE TRIGGER tr_training_session_change_no_update AFTER UPDATE ON training_session_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The session history is append-only';

DROP TRIGGER tr_attendance_change_no_update;
CREATE TRIGGER tr_attendance_change_no_update AFTER UPDATE ON attendance_change
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The roll history is append-only';

DROP TRIGGER tr_roll_reopening_no_update;
CREATE TRIGGER tr_roll_reopening_no_update AFTER UPDATE ON roll_reopening
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Roll reopenings are append-only';
