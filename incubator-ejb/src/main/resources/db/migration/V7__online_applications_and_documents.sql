-- What applicants typed online before submitting (one draft per account and call), and the
-- documents attached to applications (the files themselves are kept outside the database and the web root).
CREATE TABLE application_draft (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  account VARCHAR(60) NOT NULL,
  call_id BIGINT NOT NULL,
  details TEXT NOT NULL,
  started_at DATETIME(6) NOT NULL,
  saved_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_application_draft_account_call UNIQUE (account, call_id),
  CONSTRAINT fk_application_draft_call FOREIGN KEY (call_id) REFERENCES call_for_applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE application_document (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT NOT NULL,
  kind VARCHAR(30) NOT NULL,
  file_name VARCHAR(150) NOT NULL,
  media_type VARCHAR(40) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  storage_key CHAR(36) NOT NULL,
  uploaded_by VARCHAR(60) NOT NULL,
  uploaded_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_application_document_storage UNIQUE (storage_key),
  CONSTRAINT fk_application_document_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT ck_application_document_media CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  INDEX ix_application_document_application (application_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
