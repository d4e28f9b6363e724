-- The event outbox of every module (README, decision record 9): a fact another module must not miss is written
-- here in the publisher's transaction and delivered by a retrying job, one delivery per transaction. An entry
-- that failed stays here with its attempts, last error and next attempt, for ADMIN to see.
create table outbox_entry (
    id              bigint generated always as identity primary key,
    module          varchar(32)   not null,
    event_type      varchar(200)  not null,
    payload         text          not null,
    created_at      timestamp(6) with time zone not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamp(6) with time zone not null,
    last_attempt_at timestamp(6) with time zone,
    last_error      varchar(2000),
    delivered_at    timestamp(6) with time zone,
    constraint outbox_entry_module_format check (module ~ '^[a-z][a-z0-9_]{1,31}$'),
    constraint outbox_entry_attempts_non_negative check (attempts >= 0),
    constraint outbox_entry_error_after_attempt check (last_error is null or last_attempt_at is not null),
    constraint outbox_entry_delivered_after_attempt check (delivered_at is null or (attempts >= 1 and last_attempt_at is not null))
);

-- What the delivery job reads every few seconds: only undelivered entries, the due ones first.
create index outbox_entry_due on outbox_entry (next_attempt_at, id) where delivered_at is null;
create index outbox_entry_by_created on outbox_entry (created_at desc, id desc);
create index outbox_entry_by_type on outbox_entry (event_type, created_at desc);
