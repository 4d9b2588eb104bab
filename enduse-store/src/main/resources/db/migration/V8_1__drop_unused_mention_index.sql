-- No query reads mentions by entry_id, and keeping that index cost ingest about 40% of its write
-- time: each report adds ~130 entries scattered over the index's pages (docs/benchmarks.md,
-- "Ingest into SQLite"). A feature that looks mentions up by entry should add the index it needs,
-- e.g. partial on entry_id IS NOT NULL. Numbered 8.1 to stay clear of other V8 migrations.
DROP INDEX mentions_entry;
