-- E4: the date by which a trainee's fixed line must be ready, set per cohort by the trainer. Null: the default, the
-- last attended day before call training (computed by the application from the cohort's days).
alter table cohort add column line_ready_by date;
alter table cohort add constraint cohort_line_ready_by_not_before_start check (line_ready_by is null or line_ready_by >= start_date);
