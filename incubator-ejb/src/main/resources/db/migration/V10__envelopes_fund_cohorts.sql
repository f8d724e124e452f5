-- A budget envelope funds calls, cohorts, or both: a donor may fund one cohort of a call.
CREATE TABLE envelope_cohort (
  envelope_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  PRIMARY KEY (envelope_id, cohort_id),
  CONSTRAINT fk_envelope_cohort_envelope FOREIGN KEY (envelope_id) REFERENCES budget_envelope (id) ON DELETE CASCADE,
  CONSTRAINT fk_envelope_cohort_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
