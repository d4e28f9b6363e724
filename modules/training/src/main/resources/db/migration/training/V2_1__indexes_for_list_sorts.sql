-- The default sorts of the cohort trainee list (by name) and of the unfiltered environment-check list (oldest
-- submission first): a page is read from the index, whatever the table's size.
create index enrolment_by_cohort_and_name on enrolment (cohort_id, display_name, id);
create index environment_check_by_submitted on environment_check (submitted_at, id);
