-- Schema version 3: the (metric, period) index of observations goes.
--
-- Every query of the app that reads figures names a subject with the metric, and the
-- partial (vendor, metric, period) and (scope, metric, period) indexes serve it; the one
-- that named metrics alone, the vendor list's revenue and valuation, now goes through
-- the vendors and their index instead (gpm-store-profile.c). Kept, the third index cost
-- every written figure a third b-tree insert: of the 1.6 s SQLite itself needs to write
-- a million imported figures, 0.37 s (tests/bench/bench-import-floor.c). Deleting a
-- metric now checks its figures by a scan of the table, as deleting a source always did;
-- the app deletes metrics only when undoing an import that added them.

DROP INDEX observations_metric;
