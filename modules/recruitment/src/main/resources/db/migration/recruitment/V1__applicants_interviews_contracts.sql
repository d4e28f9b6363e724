-- Recruitment schema: applicants and their screening (R1-R8), interviews, parental consent, contracts, and the
-- anonymous statistics left after personal data is erased.

create table qualifying_certificate (
    id         bigint generated always as identity primary key,
    code       varchar(40)  not null,
    name_ja    varchar(100) not null,
    name_en    varchar(100) not null,
    qualifying boolean      not null,
    active     boolean      not null default true,
    sort_order integer      not null default 0,
    version    bigint       not null default 0,
    constraint qualifying_certificate_code_unique unique (code),
    constraint qualifying_certificate_code_format check (code ~ '^[A-Z0-9][A-Z0-9_]{1,39}$'),
    constraint qualifying_certificate_names_present check (length(btrim(name_ja)) > 0 and length(btrim(name_en)) > 0)
);

-- R4a. Non-qualifying levels are listed too, so an applicant can declare them and be told why they do not count.
insert into qualifying_certificate (code, name_ja, name_en, qualifying, sort_order) values
    ('DOTCOM_MASTER_ADVANCE', '.com Master ADVANCE', '.com Master ADVANCE', true, 10),
    ('DOTCOM_MASTER_BASIC', '.com Master BASIC', '.com Master BASIC', false, 11),
    ('DOTCOM_MASTER_MATE', '.com Master Mate', '.com Master Mate', false, 12),
    ('IT_PASSPORT', 'ITパスポート', 'IT Passport', true, 20),
    ('PKEN_1', 'P検 1級', 'P-Ken Grade 1', true, 30),
    ('PKEN_2', 'P検 2級', 'P-Ken Grade 2', true, 31),
    ('PKEN_PRE_2', 'P検 準2級', 'P-Ken Grade Pre-2', true, 32),
    ('PKEN_3', 'P検 3級', 'P-Ken Grade 3', false, 33),
    ('PKEN_4', 'P検 4級', 'P-Ken Grade 4', false, 34),
    ('FUNDAMENTAL_IT_ENGINEER', '基本情報技術者', 'Fundamental Information Technology Engineer', true, 40);

create table applicant (
    id                        bigint generated always as identity primary key,
    name_kanji                varchar(100) not null,
    name_kana                 varchar(100) not null,
    birth_date                date         not null,
    email                     varchar(254) not null,
    phone                     varchar(15)  not null,
    address                   varchar(300) not null,
    enrolled_in_high_school   boolean      not null,
    has_internet_pc           boolean      not null,
    obligations_acknowledged  boolean      not null,
    self_declared_knowledge   boolean      not null,
    personal_data_consent     boolean      not null,
    preferred_language        varchar(2)   not null default 'ja',
    applied_at                timestamp(6) with time zone not null,
    applied_on                date         not null,
    age_at_application        integer      not null,
    minor_at_application      boolean      not null,
    parental_consent_required boolean      not null,
    qualification_route       varchar(20)  not null,
    decision                  varchar(25)  not null,
    deciding_rule             varchar(3)   not null,
    decision_reason_key       varchar(120) not null,
    decision_reason_arguments varchar(1000),
    status                    varchar(20)  not null,
    closed_at                 timestamp(6) with time zone,
    closing_reason            varchar(500),
    portal_username           varchar(64),
    version                   bigint       not null default 0,
    constraint applicant_name_present check (length(btrim(name_kanji)) > 0 and length(btrim(name_kana)) > 0),
    constraint applicant_email_lower_case check (email = lower(email)),
    constraint applicant_phone_digits check (phone ~ '^0[0-9]{9,10}$'),
    constraint applicant_personal_data_consent_given check (personal_data_consent),
    constraint applicant_language_supported check (preferred_language in ('ja', 'en')),
    constraint applicant_born_before_applying check (birth_date <= applied_on),
    constraint applicant_age_non_negative check (age_at_application >= 0),
    constraint applicant_route_known check (qualification_route in ('CERTIFICATE', 'SUPPORT_WORK', 'SELF_DECLARATION', 'NONE')),
    constraint applicant_decision_known check (decision in ('REJECTED', 'INVITED_TO_INTERVIEW')),
    constraint applicant_deciding_rule_known check (deciding_rule in ('R1', 'R2', 'R3', 'R4a', 'R4b', 'R4c', 'R4', 'R5', 'R6')),
    constraint applicant_status_known check (status in ('REJECTED', 'INVITED', 'INTERVIEW_BOOKED', 'PASSED', 'FAILED',
                                                        'WITHDRAWN', 'CONTRACTED')),
    constraint applicant_rejected_iff_decision check ((status = 'REJECTED') = (decision = 'REJECTED')),
    -- Closed applications carry the moment they closed: the retention period runs from it.
    constraint applicant_closed_at_iff_closed check ((status in ('REJECTED', 'FAILED', 'WITHDRAWN')) = (closed_at is not null)),
    constraint applicant_portal_username_unique unique (portal_username)
);

-- One application per email, whatever the case.
create unique index applicant_email_unique on applicant (lower(email));
create index applicant_by_applied on applicant (applied_on desc, id desc);
create index applicant_by_status on applicant (status, applied_on desc);
create index applicant_closed on applicant (closed_at) where closed_at is not null;

create table applicant_certificate (
    id               bigint generated always as identity primary key,
    applicant_id     bigint      not null references applicant (id) on delete cascade,
    certificate_code varchar(40) not null references qualifying_certificate (code),
    obtained_on      date,
    qualifying       boolean     not null,
    constraint applicant_certificate_once unique (applicant_id, certificate_code)
);

create table applicant_support_period (
    id           bigint generated always as identity primary key,
    applicant_id bigint not null references applicant (id) on delete cascade,
    started_on   date   not null,
    ended_on     date,
    description  varchar(200),
    constraint applicant_support_period_order check (ended_on is null or ended_on >= started_on)
);
create index applicant_support_period_by_applicant on applicant_support_period (applicant_id);

create table screening_result (
    id           bigint generated always as identity primary key,
    applicant_id bigint       not null references applicant (id) on delete cascade,
    rule         varchar(3)   not null,
    position     integer      not null,
    outcome      varchar(15)  not null,
    message_key  varchar(120) not null,
    arguments    varchar(1000),
    constraint screening_result_once unique (applicant_id, rule),
    constraint screening_result_rule_known check (rule in ('R1', 'R2', 'R3', 'R4a', 'R4b', 'R4c', 'R4', 'R5', 'R6')),
    constraint screening_result_outcome_known check (outcome in ('PASSED', 'FAILED', 'NOT_APPLICABLE', 'TO_CONFIRM'))
);

create table applicant_history (
    id           bigint generated always as identity primary key,
    applicant_id bigint       not null references applicant (id) on delete cascade,
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(64)  not null,
    action       varchar(40)  not null,
    detail       varchar(500)
);
create index applicant_history_by_applicant on applicant_history (applicant_id, occurred_at);

create table interview_slot (
    id           bigint generated always as identity primary key,
    starts_at    timestamp(6) with time zone not null,
    ends_at      timestamp(6) with time zone not null,
    interviewer  varchar(100) not null,
    capacity     integer      not null,
    -- Kept by the trigger below; the check is what makes a slot's capacity hold under any concurrency.
    booked_count integer      not null default 0,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(64)  not null,
    version      bigint       not null default 0,
    constraint interview_slot_order check (ends_at > starts_at),
    constraint interview_slot_capacity_positive check (capacity >= 1),
    constraint interview_slot_within_capacity check (booked_count >= 0 and booked_count <= capacity),
    constraint interview_slot_interviewer_present check (length(btrim(interviewer)) > 0),
    constraint interview_slot_unique_start unique (interviewer, starts_at)
);
create index interview_slot_by_start on interview_slot (starts_at);

create table interview_booking (
    id                     bigint generated always as identity primary key,
    applicant_id           bigint      not null references applicant (id) on delete cascade,
    slot_id                bigint      not null references interview_slot (id),
    device                 varchar(20) not null,
    separate_telephone     boolean     not null,
    can_attend_next_cohort boolean     not null,
    status                 varchar(10) not null,
    booked_at              timestamp(6) with time zone not null,
    cancelled_at           timestamp(6) with time zone,
    constraint interview_booking_device_known check (device in ('PC_WITH_CAMERA', 'TABLET', 'SMARTPHONE')),
    -- R7: a telephone for audio fallback, apart from the video device.
    constraint interview_booking_telephone_fallback check (separate_telephone),
    constraint interview_booking_status_known check (status in ('ACTIVE', 'CANCELLED', 'COMPLETED')),
    constraint interview_booking_cancelled_at_iff_cancelled check ((status = 'CANCELLED') = (cancelled_at is not null))
);
create unique index interview_booking_one_active_per_applicant on interview_booking (applicant_id) where status = 'ACTIVE';
create index interview_booking_by_slot on interview_booking (slot_id, status);

-- Increments and decrements (not a recount) so that concurrent bookings of the last place each see the other's
-- row update: the later one then violates interview_slot_within_capacity instead of overbooking.
create function interview_booking_seat_count() returns trigger
    language plpgsql
    set search_path from current
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status in ('ACTIVE', 'COMPLETED')
            and (tg_op = 'DELETE' or new.status not in ('ACTIVE', 'COMPLETED') or new.slot_id <> old.slot_id) then
        update interview_slot set booked_count = booked_count - 1 where id = old.slot_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status in ('ACTIVE', 'COMPLETED')
            and (tg_op = 'INSERT' or old.status not in ('ACTIVE', 'COMPLETED') or new.slot_id <> old.slot_id) then
        update interview_slot set booked_count = booked_count + 1 where id = new.slot_id;
    end if;
    return null;
end;
$$;

create trigger interview_booking_seat_count
    after insert or update of status, slot_id or delete on interview_booking
    for each row execute function interview_booking_seat_count();

create table interview_outcome (
    id             bigint generated always as identity primary key,
    applicant_id   bigint       not null references applicant (id) on delete cascade,
    booking_id     bigint       not null references interview_booking (id) on delete cascade,
    passed         boolean      not null,
    notes          varchar(2000),
    failure_reason varchar(500),
    r4c_confirmed  boolean      not null,
    recorded_at    timestamp(6) with time zone not null,
    recorded_by    varchar(64)  not null,
    constraint interview_outcome_once unique (applicant_id),
    constraint interview_outcome_fail_has_reason check (passed or length(btrim(failure_reason)) > 0)
);

create table interview_checklist (
    outcome_id bigint      not null references interview_outcome (id) on delete cascade,
    topic      varchar(40) not null,
    confirmed  boolean     not null,
    primary key (outcome_id, topic),
    constraint interview_checklist_topic_known check (topic in ('ISP_ROLE', 'WIRED_VS_WIRELESS_CONNECTION',
        'LOCAL_VS_GLOBAL_IP_ADDRESS', 'BROWSER_MAIL_CLIENT_WEBMAIL', 'OPERATING_SYSTEM_ROLE', 'HARDWARE_VS_SOFTWARE',
        'FOLDERS_FILES_EXTENSIONS_SHORTCUTS', 'UNINSTALL_AND_FORCE_QUIT_RISKS'))
);

create table parental_consent (
    id           bigint generated always as identity primary key,
    applicant_id bigint       not null references applicant (id) on delete cascade,
    file_name    varchar(200) not null,
    content_type varchar(20)  not null,
    content      bytea        not null,
    size_bytes   integer      not null,
    uploaded_at  timestamp(6) with time zone not null,
    uploaded_by  varchar(64)  not null,
    verified_at  timestamp(6) with time zone,
    verified_by  varchar(64),
    version      bigint       not null default 0,
    constraint parental_consent_one_per_applicant unique (applicant_id),
    constraint parental_consent_type_allowed check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    constraint parental_consent_size check (size_bytes > 0 and size_bytes <= 5242880 and octet_length(content) = size_bytes),
    constraint parental_consent_verified_pair check ((verified_at is null) = (verified_by is null))
);

create sequence contract_number_seq;

create table contract (
    id                    bigint generated always as identity primary key,
    contract_number       varchar(30) not null,
    applicant_id          bigint      not null references applicant (id),
    start_date            date        not null,
    end_date              date,
    status                varchar(10) not null,
    first_home_based_work boolean     not null,
    contractor_username   varchar(64) not null,
    status_reason         varchar(500),
    concluded_at          timestamp(6) with time zone not null,
    concluded_by          varchar(64) not null,
    version               bigint      not null default 0,
    constraint contract_number_unique unique (contract_number),
    constraint contract_contractor_username_unique unique (contractor_username),
    constraint contract_status_known check (status in ('ACTIVE', 'SUSPENDED', 'ENDED')),
    constraint contract_end_date_iff_ended check ((status = 'ENDED') = (end_date is not null)),
    constraint contract_dates_order check (end_date is null or end_date >= start_date)
);
create unique index contract_one_open_per_applicant on contract (applicant_id) where status <> 'ENDED';
create index contract_by_status on contract (status, start_date desc);

-- What is kept of an erased application: nothing that identifies a person.
create table application_statistic (
    id            bigint generated always as identity primary key,
    applied_month date        not null,
    age_band      varchar(20) not null,
    route         varchar(20) not null,
    decision      varchar(25) not null,
    final_status  varchar(20) not null,
    erased_at     timestamp(6) with time zone not null,
    constraint application_statistic_month_start check (extract(day from applied_month) = 1)
);
create index application_statistic_by_month on application_statistic (applied_month);
