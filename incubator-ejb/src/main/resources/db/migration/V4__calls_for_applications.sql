-- Calls for applications: period, places, provinces covered and the eligibility rules of each call.
CREATE TABLE call_for_applications (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  name VARCHAR(150) NOT NULL,
  opens_on DATE NOT NULL,
  closes_on DATE NOT NULL,
  places INT NOT NULL,
  min_age INT NOT NULL,
  max_age INT NOT NULL,
  income_ceiling_per_person DECIMAL(14, 2) NULL,
  skill_proof_required BOOLEAN NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(60) NOT NULL,
  CONSTRAINT ck_call_period CHECK (closes_on >= opens_on),
  CONSTRAINT ck_call_places CHECK (places BETWEEN 1 AND 10000),
  CONSTRAINT ck_call_ages CHECK (min_age BETWEEN 15 AND 65 AND max_age BETWEEN min_age AND 65),
  INDEX ix_call_closes_on (closes_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE call_province (
  call_id BIGINT NOT NULL,
  province_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (call_id, province_code),
  CONSTRAINT fk_call_province_call FOREIGN KEY (call_id) REFERENCES call_for_applications (id) ON DELETE CASCADE,
  CONSTRAINT fk_call_province_province FOREIGN KEY (province_code) REFERENCES province (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
