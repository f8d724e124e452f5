-- People who sign in. Accounts are created by the administrator (or the demo data), never here.
CREATE TABLE user_account (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  username VARCHAR(60) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  role VARCHAR(20) NOT NULL,
  display_name VARCHAR(120) NOT NULL,
  enabled BOOLEAN NOT NULL DEFAULT TRUE,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_user_account_username UNIQUE (username),
  CONSTRAINT ck_user_account_role CHECK (role IN ('ADMIN', 'MENTOR', 'ENTREPRENEUR', 'REVIEWER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
