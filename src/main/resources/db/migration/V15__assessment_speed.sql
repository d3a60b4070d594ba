-- Computing a year's assessment reads each cadre's attendance of the year in one grouped query
-- (AssessmentInputRepository.attendance). Through ix_activity_attendee_cadre every one of a year's
-- million or more attendance rows was then fetched from the table itself, page by encrypted page in
-- no useful order: minutes for 50,000 cadres. This index holds every column that query reads, in the
-- order of its range (the day first), so the query reads the index alone, in order
-- (docs/decisions/0016-assessment-speed.md).
CREATE INDEX ix_activity_attendee_day_covering
    ON activity_attendee (activity_day, cadre_id, status, hours, live);

-- The same for the year's signed commitments and for the talks counted (pre-appointment talks on
-- record, admonishment talks of the year): read from these indexes alone, never row by row.
CREATE INDEX ix_integrity_commitment_year_covering
    ON integrity_commitment (commitment_year, cadre_id, signed_on, deleted_at);
CREATE INDEX ix_integrity_talk_kind_covering
    ON integrity_talk (kind, talk_date, cadre_id, deleted_at);

-- And for the ledger items due in the year (rectified on time ÷ due): the whole ledger, long texts
-- and all, was read to count a few columns.
CREATE INDEX ix_rectification_deadline_covering
    ON rectification (deadline, cadre_id, status, rectified_on, deleted_at);
