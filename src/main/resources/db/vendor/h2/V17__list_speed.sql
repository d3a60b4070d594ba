-- List speed at province scale (docs/decisions/0019-list-speed.md). Chosen from EXPLAIN ANALYZE on a
-- 50,000-cadre folder with 100,000 ledger items.

-- The 问题整改 tab reads the keys of a year's ledger items (what its filters and search look at) in
-- ledger order. With every column it reads in this index, H2 answers from the index alone
-- ("index sorted", no table rows touched), about half the pages of a table scan.
CREATE INDEX ix_rectification_ledger ON rectification (found_on, number, deleted_at, status, deadline, source,
    unit_id, responsible_unit_id, cadre_id, return_visit_date, return_visit_done_on, description, measures,
    responsible_person, id);

-- 缺任前谈话 on the talks tab: the active cadres in an important position without the talk. The
-- index finds those 5,300 of 50,000 cadres directly (34,357 page reads down to 3,848).
CREATE INDEX ix_cadre_important ON cadre (important_position, status);

-- The supervision tab reads every visit finding with its ledger item's number and its cadre's name;
-- the commitments and talks tabs read their cadres' names. These indexes hold what those joins read,
-- so H2 takes it from the index instead of the wide rows: findings 34,420 page reads down to 17,984,
-- a year's commitments 50,035 down to 20,401.
CREATE INDEX ix_rectification_number ON rectification (id, number);
CREATE INDEX ix_cadre_listing ON cadre (id, deleted_at, name, name_initials, id_number, position, unit_id);

-- The ledger tab's counts (matching the filters, in the year, overdue) without a search text: one
-- pass over this narrower index (the columns the filters look at), fewer pages than the one above.
CREATE INDEX ix_rectification_counts ON rectification (found_on, deleted_at, status, deadline, source, unit_id,
    responsible_unit_id, cadre_id, return_visit_date, return_visit_done_on);
