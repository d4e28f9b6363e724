-- Platform schema: accounts with roles, and the audit log every module writes to.
create table account (
    id                  bigint generated always as identity primary key,
    username            varchar(64)  not null,
    display_name        varchar(100) not null,
    email               varchar(254),
    password_hash       varchar(200) not null,
    enabled             boolean      not null default true,
    failed_logins       integer      not null default 0,
    locked_until        timestamp(6) with time zone,
    preferred_language  varchar(2)   not null default 'ja',
    created_at          timestamp(6) with time zone not null,
    password_changed_at timestamp(6) with time zone not null,
    last_login_at       timestamp(6) with time zone,
    version             bigint       not null default 0,
    constraint account_username_unique unique (username),
    constraint account_username_format check (username ~ '^[a-z0-9][a-z0-9._@-]{2,63}$'),
    constraint account_display_name_present check (length(btrim(display_name)) > 0),
    constraint account_failed_logins_non_negative check (failed_logins >= 0),
    constraint account_language_supported check (preferred_language in ('ja', 'en'))
);

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role),
    constraint account_role_known check (role in ('ADMIN', 'RECRUITER', 'TRAINER', 'EQUIPMENT', 'SCHEDULER',
                                                  'BILLING', 'CONTRACTOR', 'APPLICANT'))
);

create table audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamp(6) with time zone not null,
    actor          varchar(64)   not null,
    remote_address varchar(64),
    module         varchar(32)   not null,
    action         varchar(64)   not null,
    subject        varchar(200),
    detail         varchar(2000)
);

create index audit_entry_by_time on audit_entry (occurred_at desc, id desc);
create index audit_entry_by_actor on audit_entry (actor, occurred_at desc);
create index audit_entry_by_action on audit_entry (action, occurred_at desc);
