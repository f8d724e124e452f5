-- A cohort's standings read every mark of its sessions (a mentor's home: five cohorts, 5,000 marks):
-- with the mark in the index, they are read from the index alone, not row by row from the table.
ALTER TABLE attendance
  ADD INDEX ix_attendance_session_marks (session_id, participant_id, presence, absence_reason);
