-- Training schema: cohorts laid out on the training calendar (T1, T2), trainees with attendance, transfers
-- and assessment (T3), and the work-environment check before call training (E1–E7) with its reference data.
-- Trainees are recruitment's applicants, referred to by candidate id only (no foreign key across schemas).

create table cohort (
    id          bigint generated always as identity primary key,
    start_date  date        not null,
    capacity    integer     not null,
    status      varchar(16) not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64) not null,
    version     bigint      not null default 0,
    constraint cohort_capacity_positive check (capacity >= 1),
    constraint cohort_status_known check (status in ('PLANNED', 'ANNOUNCED', 'RUNNING', 'FINISHED')),
    -- T2: a cohort opens on a weekday (holidays are checked by the application's calendar).
    constraint cohort_starts_on_weekday check (extract(isodow from start_date) between 1 and 5)
);

create index cohort_by_start on cohort (start_date, id);
create index cohort_by_status on cohort (status, start_date);

-- The plan of a cohort: single days, and the self-study periods (first_date..last_date).
create table cohort_day (
    id            bigint generated always as identity primary key,
    cohort_id     bigint      not null references cohort (id),
    day_position  integer     not null,
    phase         varchar(20) not null,
    kind          varchar(16) not null,
    seq_in_phase  integer     not null,
    first_date    date        not null,
    last_date     date        not null,
    start_time    time,
    end_time      time,
    constraint cohort_day_position_unique unique (cohort_id, day_position),
    constraint cohort_day_kind_known check (kind in ('SELF_STUDY', 'GROUP', 'ASSESSMENT', 'CALL_TRAINING', 'WORK_START')),
    constraint cohort_day_phase_known check (phase in ('SELF_STUDY', 'GROUP_TRAINING', 'POST_PASS', 'CALL_TRAINING', 'WORK_START')),
    constraint cohort_day_period_ordered check (last_date >= first_date),
    constraint cohort_day_single_day check (kind = 'SELF_STUDY' or first_date = last_date),
    -- T2: no attended day, and no work start, on a Saturday or Sunday.
    constraint cohort_day_on_weekday check (kind = 'SELF_STUDY' or extract(isodow from first_date) between 1 and 5),
    constraint cohort_day_times_paired check ((start_time is null) = (end_time is null)),
    constraint cohort_day_times_ordered check (start_time is null or start_time < end_time),
    constraint cohort_day_sequence_positive check (seq_in_phase >= 1)
);

create index cohort_day_by_dates on cohort_day (first_date, last_date);

create table enrolment (
    id                       bigint generated always as identity primary key,
    cohort_id                bigint       not null references cohort (id),
    candidate_id             bigint       not null,
    display_name             varchar(100) not null,
    portal_username          varchar(64)  not null,
    status                   varchar(20)  not null,
    enrolled_at              timestamp(6) with time zone not null,
    enrolled_by              varchar(64)  not null,
    call_training_started_on date,
    work_start_date          date,
    version                  bigint       not null default 0,
    constraint enrolment_status_known check (status in ('ENROLLED', 'PASSED_ASSESSMENT', 'FAILED', 'TRANSFERRED_OUT',
                                                        'CALL_TRAINING', 'COMPLETED')),
    constraint enrolment_display_name_present check (length(btrim(display_name)) > 0),
    constraint enrolment_call_training_dated check (status not in ('CALL_TRAINING', 'COMPLETED')
                                                    or call_training_started_on is not null),
    constraint enrolment_completion_dated check (status <> 'COMPLETED' or work_start_date is not null)
);

-- One active enrolment per candidate, also under concurrent requests.
create unique index enrolment_one_active_per_candidate on enrolment (candidate_id)
    where status in ('ENROLLED', 'PASSED_ASSESSMENT', 'CALL_TRAINING');
create index enrolment_by_cohort on enrolment (cohort_id, status);
create index enrolment_by_portal_username on enrolment (portal_username, enrolled_at desc);
create index enrolment_by_candidate on enrolment (candidate_id, enrolled_at desc);

-- T3: a missed day has no make-up session; the trainee studies by themselves instead.
create table attendance (
    id                 bigint generated always as identity primary key,
    enrolment_id       bigint      not null references enrolment (id),
    cohort_day_id      bigint      not null references cohort_day (id),
    present            boolean     not null,
    self_study_instead boolean     not null,
    recorded_by        varchar(64) not null,
    recorded_at        timestamp(6) with time zone not null,
    version            bigint      not null default 0,
    constraint attendance_once_per_day unique (enrolment_id, cohort_day_id),
    constraint attendance_absent_means_self_study check (self_study_instead = not present)
);

create index attendance_by_day on attendance (cohort_day_id);

create table transfer (
    id                bigint generated always as identity primary key,
    candidate_id      bigint        not null,
    from_enrolment_id bigint        not null references enrolment (id),
    from_cohort_id    bigint        not null references cohort (id),
    to_enrolment_id   bigint        not null references enrolment (id),
    to_cohort_id      bigint        not null references cohort (id),
    reason            varchar(1000) not null,
    approved_by       varchar(64)   not null,
    recorded_by       varchar(64)   not null,
    transferred_at    timestamp(6) with time zone not null,
    constraint transfer_reason_present check (length(btrim(reason)) > 0),
    constraint transfer_approver_present check (length(btrim(approved_by)) > 0),
    constraint transfer_to_another_cohort check (from_cohort_id <> to_cohort_id),
    constraint transfer_once_from_enrolment unique (from_enrolment_id),
    constraint transfer_once_to_enrolment unique (to_enrolment_id)
);

create index transfer_by_candidate on transfer (candidate_id, transferred_at);

create table assessment (
    enrolment_id bigint primary key references enrolment (id),
    assessed_on  date        not null,
    passed       boolean     not null,
    fail_reason  varchar(1000),
    recorded_by  varchar(64) not null,
    recorded_at  timestamp(6) with time zone not null,
    constraint assessment_fail_has_reason check (passed or length(btrim(coalesce(fail_reason, ''))) > 0),
    constraint assessment_pass_has_no_reason check (not passed or fail_reason is null)
);

-- E3 reference data: services a telephone line can have; the prohibited ones disqualify the line.
create table line_service (
    code       varchar(40)  primary key,
    name_ja    varchar(100) not null,
    name_en    varchar(100) not null,
    prohibited boolean      not null,
    sort_order integer      not null,
    constraint line_service_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,39}$')
);

insert into line_service (code, name_ja, name_en, prohibited, sort_order) values
    ('NUMBER_DISPLAY',      'ナンバー・ディスプレイ',             'Caller ID display',                        false, 10),
    ('NUISANCE_CALL_BLOCK', '迷惑電話おことわりサービス',         'Nuisance call blocking',                   false, 20),
    ('CALL_WAITING',        'キャッチホン（割込通話）',           'Call waiting',                             true,  30),
    ('CALL_FORWARDING',     'ボイスワープ等（着信転送）',         'Call forwarding',                          true,  40),
    ('NETWORK_VOICEMAIL',   '留守番電話サービス（網内留守電）',   'Network voicemail',                        true,  50),
    ('NUMBER_REQUEST',      'ナンバー・リクエスト（非通知拒否）', 'Rejection of calls without caller ID',     true,  60),
    ('CALL_CHOICE',         'ダブルチャネル・着信選択サービス',   'Second channel / selective call handling', true,  70);

-- E7 reference data: operating systems; only accepted Windows versions qualify.
create table pc_os (
    code       varchar(40)  primary key,
    name       varchar(100) not null,
    windows    boolean      not null,
    accepted   boolean      not null,
    sort_order integer      not null,
    constraint pc_os_only_windows_accepted check (windows or not accepted)
);

insert into pc_os (code, name, windows, accepted, sort_order) values
    ('WINDOWS_11', 'Windows 11', true,  true,  10),
    -- Microsoft ended support for Windows 10 on 2025-10-14.
    ('WINDOWS_10', 'Windows 10', true,  false, 20),
    ('MACOS',      'macOS',      false, false, 30),
    ('CHROMEOS',   'ChromeOS',   false, false, 40),
    ('LINUX',      'Linux',      false, false, 50);

-- E7 reference data: the minimum PC specification, by the date it takes effect.
create table pc_requirement (
    id                  bigint generated always as identity primary key,
    effective_from      date    not null,
    min_ram_gb          integer not null,
    min_cpu_cores       integer not null,
    min_free_storage_gb integer not null,
    constraint pc_requirement_effective_unique unique (effective_from),
    constraint pc_requirement_positive check (min_ram_gb > 0 and min_cpu_cores > 0 and min_free_storage_gb > 0)
);

insert into pc_requirement (effective_from, min_ram_gb, min_cpu_cores, min_free_storage_gb) values
    ('2025-10-14', 8, 2, 20);

-- One self-check per trainee (candidate), resubmitted in place; staff verify or refuse it.
create table environment_check (
    id                   bigint generated always as identity primary key,
    candidate_id         bigint       not null,
    portal_username      varchar(64)  not null,
    private_quiet_room   boolean      not null,
    phone_wired_in_room  boolean      not null,
    internet_wired_to_pc boolean      not null,
    phone_number         varchar(12)  not null,
    line_ready_on        date         not null,
    internet_type        varchar(20)  not null,
    own_pc               boolean      not null,
    pc_os_code           varchar(40)  not null references pc_os (code),
    pc_ram_gb            integer      not null,
    pc_cpu_cores         integer      not null,
    pc_cpu               varchar(200),
    pc_free_storage_gb   integer      not null,
    status               varchar(16)  not null,
    submitted_at         timestamp(6) with time zone not null,
    decided_by           varchar(64),
    decided_at           timestamp(6) with time zone,
    refusal_reason       varchar(1000),
    version              bigint       not null default 0,
    constraint environment_check_one_per_candidate unique (candidate_id),
    constraint environment_check_status_known check (status in ('SUBMITTED', 'VERIFIED', 'REFUSED')),
    -- E3: ten digits starting with the area code; 0A0 prefixes (mobile, IP, M2M, …) never are.
    constraint environment_check_geographic_number check (phone_number ~ '^0[1-9][1-9][0-9]{7}$'),
    constraint environment_check_internet_known check (internet_type in ('FIBRE', 'CABLE', 'DSL', 'WIRELESS_ROUTER', 'MOBILE')),
    -- E6: internet delivered wirelessly is not allowed.
    constraint environment_check_internet_wired check (internet_type not in ('WIRELESS_ROUTER', 'MOBILE')),
    constraint environment_check_decision check (
        (status = 'SUBMITTED' and decided_by is null and decided_at is null and refusal_reason is null)
        or (status = 'VERIFIED' and decided_by is not null and decided_at is not null and refusal_reason is null)
        or (status = 'REFUSED' and decided_by is not null and decided_at is not null
            and length(btrim(coalesce(refusal_reason, ''))) > 0))
);

create index environment_check_by_status on environment_check (status, submitted_at, id);
create index environment_check_by_portal_username on environment_check (portal_username);

create table environment_check_line_service (
    environment_check_id bigint      not null references environment_check (id) on delete cascade,
    service_code         varchar(40) not null references line_service (code),
    primary key (environment_check_id, service_code)
);
