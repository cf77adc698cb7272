-- The inbox search stores `%` and `_` as U+E000 and U+E001 so that they match only themselves
-- (src/inbox/reports.ts, searchFold); reports filed before keep them as wildcards until rewritten.
UPDATE "Report" SET "searchText" = replace(replace("searchText", '%', char(57344)), '_', char(57345));
