-- Starter kits: the catalogue (suppliers, articles, a kit per trade in versions), the stock
-- (deliveries, serial-numbered units, counters per article), the kit each admitted person is
-- allocated, its hand-over with the person's confirmation and the receipt kept as issued, and the
-- custody of every serial-numbered unit.

CREATE TABLE kit_supplier (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  name VARCHAR(120) NOT NULL,
  phone VARCHAR(30) NULL,
  email VARCHAR(120) NULL,
  address VARCHAR(300) NULL,
  CONSTRAINT uq_kit_supplier_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the store holds of an article is counted on its row, changed only under the stock's lock
-- (kit_stock_lock) or the row's own, and bounded here too: nothing is reserved or handed over
-- that the store does not hold.
CREATE TABLE kit_article (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  name_ar VARCHAR(120) NOT NULL,
  name_fr VARCHAR(120) NOT NULL,
  name_en VARCHAR(120) NOT NULL,
  tracking VARCHAR(10) NOT NULL,
  received INT NOT NULL DEFAULT 0,
  received_value DECIMAL(14, 2) NOT NULL DEFAULT 0,
  reserved INT NOT NULL DEFAULT 0,
  handed_over INT NOT NULL DEFAULT 0,
  returned INT NOT NULL DEFAULT 0,
  scrapped INT NOT NULL DEFAULT 0,
  written_off INT NOT NULL DEFAULT 0,
  CONSTRAINT ck_kit_article_counts CHECK (received >= 0 AND reserved >= 0 AND handed_over >= 0
    AND returned >= 0 AND scrapped >= 0 AND written_off >= 0),
  CONSTRAINT ck_kit_article_available CHECK (received + returned - handed_over - scrapped - reserved >= 0),
  CONSTRAINT ck_kit_article_tracking CHECK (tracking IN ('SERIAL', 'COUNTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row: allocations, deliveries and returns change what is available one at a time, in the
-- order of the waiting line.
CREATE TABLE kit_stock_lock (
  id INT NOT NULL PRIMARY KEY,
  changed_at DATETIME(6) NULL
) ENGINE=InnoDB;
INSERT INTO kit_stock_lock (id) VALUES (1);

CREATE TABLE kit_template (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  trade VARCHAR(30) NOT NULL,
  number INT NOT NULL,
  status VARCHAR(12) NOT NULL,
  note VARCHAR(500) NULL,
  published_by VARCHAR(60) NULL,
  published_at DATETIME(6) NULL,
  CONSTRAINT uq_kit_template_number UNIQUE (trade, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kit_template_line (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  template_id BIGINT NOT NULL,
  article_id BIGINT NOT NULL,
  quantity INT NOT NULL,
  unit_cost DECIMAL(14, 2) NOT NULL,
  CONSTRAINT uq_kit_template_line UNIQUE (template_id, article_id),
  CONSTRAINT fk_kit_template_line_template FOREIGN KEY (template_id) REFERENCES kit_template (id),
  CONSTRAINT fk_kit_template_line_article FOREIGN KEY (article_id) REFERENCES kit_article (id),
  CONSTRAINT ck_kit_template_line CHECK (quantity > 0 AND unit_cost >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kit_delivery (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  supplier_id BIGINT NOT NULL,
  received_on DATE NOT NULL,
  note_number VARCHAR(60) NOT NULL,
  note_file_name VARCHAR(200) NULL,
  note_media_type VARCHAR(100) NULL,
  note_storage_key VARCHAR(80) NULL,
  recorded_by VARCHAR(60) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_kit_delivery_supplier FOREIGN KEY (supplier_id) REFERENCES kit_supplier (id),
  INDEX ix_kit_delivery_received (received_on, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kit_delivery_line (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  delivery_id BIGINT NOT NULL,
  article_id BIGINT NOT NULL,
  quantity INT NOT NULL,
  unit_cost DECIMAL(14, 2) NOT NULL,
  CONSTRAINT fk_kit_delivery_line_delivery FOREIGN KEY (delivery_id) REFERENCES kit_delivery (id),
  CONSTRAINT fk_kit_delivery_line_article FOREIGN KEY (article_id) REFERENCES kit_article (id),
  CONSTRAINT ck_kit_delivery_line CHECK (quantity > 0 AND unit_cost >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_kit_delivery_no_update AFTER UPDATE ON kit_delivery
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Deliveries are never changed';
CREATE TRIGGER tr_kit_delivery_no_delete BEFORE DELETE ON kit_delivery
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Deliveries are never changed';
CREATE TRIGGER tr_kit_delivery_line_no_update AFTER UPDATE ON kit_delivery_line
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Deliveries are never changed';
CREATE TRIGGER tr_kit_delivery_line_no_delete BEFORE DELETE ON kit_delivery_line
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Deliveries are never changed';

CREATE TABLE kit_allocation (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  participant_id BIGINT NOT NULL,
  template_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  admitted_at DATETIME(6) NOT NULL,
  allocated_by VARCHAR(60) NOT NULL,
  allocated_at DATETIME(6) NOT NULL,
  served_at DATETIME(6) NULL,
  waiver_reason VARCHAR(500) NULL,
  waived_by VARCHAR(60) NULL,
  waived_at DATETIME(6) NULL,
  CONSTRAINT uq_kit_allocation_participant UNIQUE (participant_id),
  CONSTRAINT fk_kit_allocation_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT fk_kit_allocation_template FOREIGN KEY (template_id) REFERENCES kit_template (id),
  INDEX ix_kit_allocation_line (status, admitted_at, id),
  INDEX ix_kit_allocation_admitted (admitted_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kit_allocation_line (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  allocation_id BIGINT NOT NULL,
  article_id BIGINT NOT NULL,
  quantity INT NOT NULL,
  unit_cost DECIMAL(14, 2) NOT NULL,
  CONSTRAINT uq_kit_allocation_line UNIQUE (allocation_id, article_id),
  CONSTRAINT fk_kit_allocation_line_allocation FOREIGN KEY (allocation_id) REFERENCES kit_allocation (id),
  CONSTRAINT fk_kit_allocation_line_article FOREIGN KEY (article_id) REFERENCES kit_article (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kit_handover (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  allocation_id BIGINT NOT NULL,
  participant_id BIGINT NOT NULL,
  handed_by VARCHAR(60) NOT NULL,
  handed_on DATE NOT NULL,
  place VARCHAR(200) NOT NULL,
  status VARCHAR(24) NOT NULL,
  confirmation VARCHAR(20) NULL,
  signature MEDIUMBLOB NULL,
  confirmed_by VARCHAR(60) NULL,
  confirmed_at DATETIME(6) NULL,
  photo_file_name VARCHAR(200) NULL,
  photo_media_type VARCHAR(100) NULL,
  photo_storage_key VARCHAR(80) NULL,
  recorded_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_kit_handover_allocation UNIQUE (allocation_id),
  CONSTRAINT fk_kit_handover_allocation FOREIGN KEY (allocation_id) REFERENCES kit_allocation (id),
  CONSTRAINT fk_kit_handover_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  INDEX ix_kit_handover_participant (participant_id),
  INDEX ix_kit_handover_confirmed (status, confirmed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A serial-numbered unit of an article, from its delivery to its end: in stock, being handed
-- over, on loan to the person who holds it, transferred to them, lost or scrapped.
CREATE TABLE kit_unit (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  article_id BIGINT NOT NULL,
  serial VARCHAR(60) NOT NULL,
  delivery_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  participant_id BIGINT NULL,
  CONSTRAINT uq_kit_unit_serial UNIQUE (article_id, serial),
  CONSTRAINT fk_kit_unit_article FOREIGN KEY (article_id) REFERENCES kit_article (id),
  CONSTRAINT fk_kit_unit_delivery FOREIGN KEY (delivery_id) REFERENCES kit_delivery (id),
  CONSTRAINT fk_kit_unit_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT ck_kit_unit_holder CHECK ((status IN ('IN_STOCK', 'SCRAPPED')) = (participant_id IS NULL)),
  INDEX ix_kit_unit_stock (article_id, status, serial),
  INDEX ix_kit_unit_participant (participant_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The units a hand-over gave, kept as they were given (a unit recovered later may go to someone
-- else; the receipt still says who received it first).
CREATE TABLE kit_handover_unit (
  handover_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  PRIMARY KEY (handover_id, unit_id),
  CONSTRAINT fk_kit_handover_unit_handover FOREIGN KEY (handover_id) REFERENCES kit_handover (id),
  CONSTRAINT fk_kit_handover_unit_unit FOREIGN KEY (unit_id) REFERENCES kit_unit (id),
  INDEX ix_kit_handover_unit_unit (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every move of a unit, from its delivery on: who, when, and the condition or reason given.
CREATE TABLE custody_move (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  participant_id BIGINT NULL,
  from_status VARCHAR(20) NULL,
  to_status VARCHAR(20) NOT NULL,
  note VARCHAR(500) NULL,
  done_by VARCHAR(60) NOT NULL,
  done_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_custody_move_unit FOREIGN KEY (unit_id) REFERENCES kit_unit (id),
  CONSTRAINT fk_custody_move_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  INDEX ix_custody_move_unit (unit_id, id),
  INDEX ix_custody_move_participant (participant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_custody_move_no_update AFTER UPDATE ON custody_move
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Custody moves are append-only';
CREATE TRIGGER tr_custody_move_no_delete BEFORE DELETE ON custody_move
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Custody moves are append-only';

-- A receipt is evidence: the PDF is kept as it was first issued, in each language asked for,
-- with its SHA-256, and never changed.
CREATE TABLE kit_receipt (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  handover_id BIGINT NOT NULL,
  language CHAR(2) NOT NULL,
  content MEDIUMBLOB NOT NULL,
  sha256 CHAR(64) NOT NULL,
  issued_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_kit_receipt_language UNIQUE (handover_id, language),
  CONSTRAINT fk_kit_receipt_handover FOREIGN KEY (handover_id) REFERENCES kit_handover (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER tr_kit_receipt_no_update AFTER UPDATE ON kit_receipt
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Receipts are kept as issued';
CREATE TRIGGER tr_kit_receipt_no_delete BEFORE DELETE ON kit_receipt
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Receipts are kept as issued';

-- A tool back from its holder: when, who brought it, in what condition (on the shelves again or
-- scrapped), and the person's acknowledgement, given the two ways a hand-over is.
CREATE TABLE kit_return (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  participant_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  returned_on DATE NOT NULL,
  returned_by VARCHAR(120) NOT NULL,
  usable BOOLEAN NOT NULL,
  condition_note VARCHAR(500) NOT NULL,
  recorded_by VARCHAR(60) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  status VARCHAR(24) NOT NULL,
  confirmation VARCHAR(20) NULL,
  signature MEDIUMBLOB NULL,
  confirmed_by VARCHAR(60) NULL,
  confirmed_at DATETIME(6) NULL,
  CONSTRAINT fk_kit_return_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT fk_kit_return_unit FOREIGN KEY (unit_id) REFERENCES kit_unit (id),
  INDEX ix_kit_return_participant (participant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A mentor's spot check on a visit: which of the person's units were seen.
CREATE TABLE kit_spot_check (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  participant_id BIGINT NOT NULL,
  checked_by VARCHAR(60) NOT NULL,
  checked_on DATE NOT NULL,
  missing INT NOT NULL,
  note VARCHAR(500) NULL,
  photo_file_name VARCHAR(200) NULL,
  photo_media_type VARCHAR(100) NULL,
  photo_storage_key VARCHAR(80) NULL,
  recorded_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_kit_spot_check_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  INDEX ix_kit_spot_check_participant (participant_id, id),
  INDEX ix_kit_spot_check_missing (missing, checked_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kit_spot_check_unit (
  spot_check_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  seen BOOLEAN NOT NULL,
  PRIMARY KEY (spot_check_id, unit_id),
  CONSTRAINT fk_kit_spot_check_unit_check FOREIGN KEY (spot_check_id) REFERENCES kit_spot_check (id),
  CONSTRAINT fk_kit_spot_check_unit_unit FOREIGN KEY (unit_id) REFERENCES kit_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
