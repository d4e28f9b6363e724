-- Billing (B1–B5): fee schedules with effective dates, contractors' billing details, the monthly close,
-- statements with their lines, adjustments approved by a second person. Amounts are whole yen.

create table billing.fee_schedule (
    id          bigint generated always as identity primary key,
    valid_from  date        not null unique,
    -- Set when a confirmed close priced work with this schedule: from then on it is never changed (B4).
    locked      boolean     not null default false,
    note        varchar(500),
    version     bigint      not null default 0,
    created_by  varchar(100) not null,
    created_at  timestamptz not null default now()
);

create table billing.fee_line (
    id              bigint generated always as identity primary key,
    schedule_id     bigint       not null references billing.fee_schedule (id) on delete cascade,
    position        int          not null,
    code            varchar(30)  not null check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_ja         varchar(100) not null,
    name_en         varchar(100) not null,
    unit            varchar(20)  not null check (unit in ('PER_CALL', 'PER_HOUR', 'PER_WORKED_DAY')),
    unit_price_yen  bigint       not null check (unit_price_yen >= 0 and unit_price_yen <= 1000000),
    constraint fee_line_code_unique unique (schedule_id, code)
);

-- A contractor's details for billing, by platform account id (no foreign key across modules).
create table billing.payee (
    account_id           bigint primary key,
    invoice_number       varchar(14) check (invoice_number ~ '^T[0-9]{13}$'),
    version              bigint not null default 0
);

-- A bank account: at most one confirmed and one awaiting confirmation per contractor.
create table billing.bank_account (
    id            bigint generated always as identity primary key,
    account_id    bigint      not null,
    state         varchar(20) not null check (state in ('CONFIRMED', 'PENDING', 'REPLACED', 'REJECTED')),
    bank_code     char(4)     not null check (bank_code ~ '^[0-9]{4}$'),
    branch_code   char(3)     not null check (branch_code ~ '^[0-9]{3}$'),
    deposit_type  smallint    not null check (deposit_type in (1, 2)),
    number        char(7)     not null check (number ~ '^[0-9]{7}$'),
    holder_kana   varchar(30) not null,
    entered_by    varchar(100) not null,
    entered_at    timestamptz not null default now(),
    confirmed_by  varchar(100),
    confirmed_at  timestamptz,
    -- 新規コード of the first transfer to this account: 1 first, 2 changed.
    first_transfer_done boolean not null default false,
    version       bigint      not null default 0
);
create unique index bank_account_one_confirmed on billing.bank_account (account_id) where state = 'CONFIRMED';
create unique index bank_account_one_pending on billing.bank_account (account_id) where state = 'PENDING';

create table billing.monthly_close (
    month          date        primary key check (extract(day from month) = 1),
    status         varchar(20) not null check (status in ('RUNNING', 'DRAFT', 'FAILED', 'CONFIRMED')),
    payday         date,
    contractors    int         not null default 0,
    processed      int         not null default 0,
    total_yen      bigint      not null default 0,
    error          varchar(2000),
    started_by     varchar(100) not null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    confirmed_by   varchar(100),
    confirmed_at   timestamptz,
    version        bigint      not null default 0
);

create table billing.statement (
    id             bigint generated always as identity primary key,
    month          date        not null references billing.monthly_close (month) on delete cascade,
    account_id     bigint      not null,
    -- The name and contract as printed on the statement, kept as they were at the close.
    payee_name     varchar(200) not null,
    contract_number varchar(30) not null,
    payday         date        not null,
    calls          bigint      not null,
    minutes        bigint      not null,
    days_worked    int         not null,
    subtotal_yen   bigint      not null,
    tax_yen        bigint      not null,
    total_yen      bigint      not null,
    invoice_number varchar(14),
    pdf            bytea,
    pdf_sha256     char(64),
    constraint statement_one_per_month unique (month, account_id),
    constraint statement_total check (total_yen = subtotal_yen + tax_yen)
);
create index statement_by_account on billing.statement (account_id, month desc);

create table billing.statement_line (
    id              bigint generated always as identity primary key,
    statement_id    bigint       not null references billing.statement (id) on delete cascade,
    position        int          not null,
    kind            varchar(20)  not null check (kind in ('FEE', 'INCENTIVE', 'ADJUSTMENT')),
    code            varchar(30)  not null,
    name_ja         varchar(300) not null,
    name_en         varchar(300) not null,
    unit            varchar(20)  check (unit in ('PER_CALL', 'PER_HOUR', 'PER_WORKED_DAY')),
    quantity        bigint       not null,
    unit_price_yen  bigint       not null,
    amount_yen      bigint       not null,
    corrects_month  date,
    adjustment_id   bigint,
    schedule_id     bigint
);
create index statement_line_of_statement on billing.statement_line (statement_id, position);

create table billing.adjustment (
    id              bigint generated always as identity primary key,
    account_id      bigint       not null,
    corrects_month  date         not null check (extract(day from corrects_month) = 1),
    amount_yen      bigint       not null check (amount_yen <> 0 and abs(amount_yen) <= 10000000),
    reason          varchar(300) not null check (length(trim(reason)) > 0),
    status          varchar(20)  not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_by    varchar(100) not null,
    requested_at    timestamptz  not null,
    decided_by      varchar(100),
    decided_at      timestamptz,
    -- The open month whose confirmed close carried it; null until then.
    settled_month   date,
    version         bigint       not null default 0,
    constraint adjustment_second_person check (decided_by is null or decided_by <> requested_by)
);
create index adjustment_open on billing.adjustment (account_id) where status = 'APPROVED' and settled_month is null;

create table billing.transfer_download (
    id            bigint generated always as identity primary key,
    month         date         not null references billing.monthly_close (month),
    payees        int          not null,
    total_yen     bigint       not null,
    sha256        char(64)     not null,
    downloaded_by varchar(100) not null,
    downloaded_at timestamptz  not null
);

-- T4: the first call-training day of each contractor, from training's CallTrainingStarted (idempotent).
create table billing.fee_start (
    account_id  bigint primary key,
    first_day   date   not null
);
