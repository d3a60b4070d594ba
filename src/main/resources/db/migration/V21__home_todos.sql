-- The home tab (首页) at province scale, second step (docs/performance.md, session 5): each to-do
-- kind is counted and its first eight lines picked in the database, and the figures are counts.
-- Measured on the 50,000-cadre folder (H2), each of these queries read whole rows of every
-- candidate without an index that starts with what it asks for; these hold what they read.

-- Return visits due (return_visit_date <= today, not done): 1.8 s and 1.6 s as table scans of
-- 100,000 ledger items for 8,607 visits due; read in date and number order from here.
CREATE INDEX ix_rectification_return_visit ON rectification (return_visit_date, number, return_visit_done_on,
    deleted_at, unit_id, cadre_id, id);

-- Cadres appointed this year without a pre-appointment talk: 17 of 50,000 cadres, found by a scan
-- of every cadre (2.3 s, twice: the lines and the count).
CREATE INDEX ix_cadre_appointment ON cadre (appointment_date, status, deleted_at, unit_id, id);

-- Cadres in an important position without any pre-appointment talk (1,574 of 5,304): picked and
-- counted from here, with what the tab sorts them by, instead of reading the 5,304 rows whole
-- (0.8 s for each of the two queries).
CREATE INDEX ix_cadre_important_covering ON cadre (important_position, status, deleted_at, appointment_date,
    unit_id, name_initials, name, id);

-- This year's unsigned commitments (6,251 of 44,503): 1.5 s reading every commitment of the year.
CREATE INDEX ix_integrity_commitment_unsigned ON integrity_commitment (commitment_year, signed_on, deleted_at,
    unit_id, cadre_id, id);

-- The year's talks counted (9,499): 1.0 s reading the talks whole, texts and all.
CREATE INDEX ix_integrity_talk_date_covering ON integrity_talk (talk_date, deleted_at, cadre_id);

-- The talk and commitment counts look each row's cadre up (live? which unit?): through the cadre
-- listing index (names, ID numbers, positions) 9,500 look-ups took 650 ms and 44,503 took 630 ms;
-- through this narrow one 60-90 ms and 100-310 ms.
CREATE INDEX ix_cadre_scope ON cadre (id, deleted_at, unit_id);

-- The grade chart counts the year's assessment results by grade: 2.3 s reading 44,503 wide rows.
CREATE INDEX ix_assessment_result_grade ON assessment_result (result_year, unit_id, grade);
