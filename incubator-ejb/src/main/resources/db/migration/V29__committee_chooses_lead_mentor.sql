-- The committee may name, with an admission it proposes, the mentor who will lead the person's
-- coaching; the lead is given when a second member confirms the admission.
ALTER TABLE committee_proposal ADD COLUMN lead_mentor VARCHAR(60) NULL AFTER reason;
