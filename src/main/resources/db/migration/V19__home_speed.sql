-- The home tab (首页) at province scale (docs/performance.md, session 5): its problem figures and
-- chart count the year's ledger items by unit, source, category, severity and state. The query read
-- every item of the year whole (long texts and all, page by encrypted page): seconds for 100,000
-- items, twice per load. This index holds every column it reads, the found-on day first.
CREATE INDEX ix_rectification_analysis
    ON rectification (found_on, deleted_at, unit_id, source, category, severity, status, deadline, rectified_on,
        cadre_id);
