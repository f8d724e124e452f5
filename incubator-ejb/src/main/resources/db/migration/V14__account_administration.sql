-- The administrator manages staff accounts: how to reach each person, a one-time code to set a
-- password (handed over by the administrator: no mail yet), kept only as its hash, for a day.
ALTER TABLE user_account
  ADD COLUMN phone VARCHAR(16) NULL,
  ADD COLUMN email VARCHAR(120) NULL,
  ADD COLUMN reset_code_hash CHAR(64) NULL,
  ADD COLUMN reset_code_expires_at DATETIME(6) NULL,
  ADD COLUMN password_changed_at DATETIME(6) NULL;

CREATE INDEX ix_user_account_role_name ON user_account (role, display_name);
