-- Jobs run once per cluster: a lease per job (one row, taken atomically), and a record of every run.
-- Lease times are PostgreSQL's own clock (clock_timestamp()), one clock for every node, independent of the
-- business clock the system tests set; the run's start and end are business time, as everything users see.
create table job_lease (
    job_name     varchar(100) primary key,
    token        uuid         not null,
    node         varchar(200) not null,
    run_id       bigint,
    occurrence   varchar(100),
    leased_until timestamp(6) with time zone not null
);

create table job_run (
    id          bigint generated always as identity primary key,
    job_name    varchar(100)  not null,
    node        varchar(200)  not null,
    started_at  timestamp(6) with time zone not null,
    ended_at    timestamp(6) with time zone,
    outcome     varchar(20)   not null,
    items_done  bigint        not null default 0,
    error_text  varchar(4000),
    constraint job_run_outcome_known check (outcome in ('RUNNING', 'SUCCEEDED', 'FAILED', 'ABANDONED')),
    constraint job_run_items_non_negative check (items_done >= 0),
    constraint job_run_ended_when_done check ((outcome = 'RUNNING') = (ended_at is null))
);

create index job_run_newest_first on job_run (started_at desc, id desc);
create index job_run_by_job on job_run (job_name, started_at desc);
