-- content.db, step 3: `questions_pick` (step 2) starts with the same columns as
-- `questions_filter` (exam, locale, retired, subject, kind): every query the older index served
-- uses the newer one, so the older one only cost every import another b-tree to fill.
DROP INDEX questions_filter;
