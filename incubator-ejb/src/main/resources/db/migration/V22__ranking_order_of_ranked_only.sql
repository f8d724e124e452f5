-- A call's ranking reads its pages from an index range that holds only what it ranks: the applications
-- not in a ranked status (submitted, ineligible, withdrawn…) and their totals sat in the same
-- index range, so a page read backwards from the end first went through all those not yet marked.
-- The statuses are ApplicationStatus.RANKED (RankingIT compares the ranking with a window over
-- those statuses, taken from the Java list).
ALTER TABLE application
  ADD COLUMN in_ranking BOOLEAN AS
    (status IN ('ELIGIBLE', 'SHORTLISTED', 'ADMITTED', 'WAITING', 'DECLINED')) PERSISTENT,
  DROP INDEX ix_application_rank_order,
  ADD INDEX ix_application_rank_order (call_id, in_ranking, total_score DESC, id, status);
