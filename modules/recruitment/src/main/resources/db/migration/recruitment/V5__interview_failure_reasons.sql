-- R8 for the interview: a fail records its deciding reason as data. Either the R4c topics the applicant could not
-- explain (the checklist rows that are not confirmed), or one of the reasons below, which ADMIN keeps.

create table interview_failure_reason (
    id         bigint generated always as identity primary key,
    code       varchar(40)  not null,
    name_ja    varchar(100) not null,
    name_en    varchar(100) not null,
    active     boolean      not null default true,
    sort_order integer      not null default 0,
    version    bigint       not null default 0,
    constraint interview_failure_reason_code_unique unique (code),
    constraint interview_failure_reason_code_format check (code ~ '^[A-Z0-9][A-Z0-9_]{1,39}$'),
    constraint interview_failure_reason_names_present check (length(btrim(name_ja)) > 0 and length(btrim(name_en)) > 0)
);

insert into interview_failure_reason (code, name_ja, name_en, sort_order) values
    ('NO_SHOW', '面接に参加しなかった', 'Did not attend the interview', 10),
    ('INTERVIEW_EQUIPMENT', '面接に必要な機器（カメラ・電話）が使えなかった (R7)', 'The equipment the interview needs (camera, telephone) did not work (R7)', 20),
    ('CUSTOMER_COMMUNICATION', 'お客さま対応に必要な受け答えができなかった', 'Could not answer as customer support requires', 30),
    ('MONTHLY_HOURS', '契約の月間時間 (R6) を確保できない', 'Cannot commit to the contract''s monthly hours (R6)', 40),
    ('WORK_ENVIRONMENT', '業務環境（静かな個室・固定電話回線）を用意できない', 'Cannot provide the work environment (quiet private room, fixed line)', 50),
    ('OTHER', 'その他（メモ参照）', 'Other (see the notes)', 90);

alter table interview_outcome
    add column failure_basis varchar(20),
    add column failure_reason_code varchar(40) references interview_failure_reason (code);

-- Fails recorded before the reasons existed carried free text only: they count as "other", the text moves to the notes.
update interview_outcome set failure_basis = 'REASON', failure_reason_code = 'OTHER',
    notes = left(concat_ws(E'\n', notes, failure_reason), 2000) where not passed;

alter table interview_outcome
    drop constraint interview_outcome_fail_has_reason,
    drop column failure_reason,
    add constraint interview_outcome_failure_basis_known check (failure_basis in ('R4C_TOPICS', 'REASON')),
    add constraint interview_outcome_fail_has_basis check (
        (passed and failure_basis is null and failure_reason_code is null)
        or (not passed and failure_basis = 'R4C_TOPICS' and failure_reason_code is null)
        or (not passed and failure_basis = 'REASON' and failure_reason_code is not null));

create index interview_outcome_by_failure on interview_outcome (failure_basis, failure_reason_code) where not passed;

-- What statistics keep of an erased application's failed interview.
alter table application_statistic add column interview_failure varchar(40);
