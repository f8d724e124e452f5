-- Limits that keep the disk from being filled through uploads: how many documents one
-- application holds, and how many megabytes one online account uploads in all. Settings of the
-- programme, changed on its page and kept in its history.
ALTER TABLE programme_settings
  ADD COLUMN documents_per_application INT NOT NULL DEFAULT 10,
  ADD COLUMN megabytes_per_account INT NOT NULL DEFAULT 50,
  ADD CONSTRAINT ck_programme_settings_quotas CHECK (documents_per_application BETWEEN 1 AND 100 AND megabytes_per_account BETWEEN 5 AND 2000);

ALTER TABLE programme_settings_change
  ADD COLUMN documents_per_application INT NOT NULL DEFAULT 10,
  ADD COLUMN megabytes_per_account INT NOT NULL DEFAULT 50;

CREATE INDEX ix_application_document_uploader ON application_document (uploaded_by, size_bytes);
