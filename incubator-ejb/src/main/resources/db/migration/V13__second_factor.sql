-- A second factor at sign-in (TOTP, RFC 6238) for the staff who move money, and the one-time
-- recovery codes given at enrolment (only their SHA-256 is kept).
ALTER TABLE user_account
  ADD COLUMN second_factor_secret VARCHAR(64) NULL,
  ADD COLUMN second_factor_since DATETIME(6) NULL,
  ADD COLUMN second_factor_last_step BIGINT NOT NULL DEFAULT 0;

CREATE TABLE recovery_code (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id BIGINT NOT NULL,
  code_hash CHAR(64) NOT NULL,
  used_at DATETIME(6) NULL,
  CONSTRAINT uq_recovery_code UNIQUE (account_id, code_hash),
  CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
