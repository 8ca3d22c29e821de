-- The enterprise rows a partial mart refresh reads: only the years whose marts are computed again
-- and the year before each. Created in the build's scratch database, where it hides the full table
-- from the statistics views created there. It is what makes a night's build cost one year of
-- enterprise rows, not the whole history: a mart's row of year Y may depend only on enterprise rows
-- of years Y and Y − 1 (growth, rank changes and entrants compare with the year before).
CREATE VIEW memory.main.fact_enterprise_period AS
SELECT *
FROM warehouse.main.fact_enterprise_period
WHERE year IN (${window_years});
