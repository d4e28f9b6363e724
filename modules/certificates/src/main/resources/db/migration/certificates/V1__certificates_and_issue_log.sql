-- Certificates schema: every business-contract certificate issued (C4), which is its own issue log line, and the
-- two PDFs exactly as they were handed out. The contractor and the contract are other modules' records: ids only.

create sequence certificate_number_seq;

create table certificate (
    id                     bigint generated always as identity primary key,
    certificate_number     varchar(20)  not null,
    -- SHA-256 (hex) of the verification token in the QR code; the token itself is only on the paper.
    token_hash             varchar(64)  not null,
    contractor_account_id  bigint       not null,
    contract_id            bigint       not null,
    contract_number        varchar(30)  not null,
    contractor_name        varchar(100) not null,
    issue_date             date         not null,
    issued_at              timestamptz  not null,
    issued_by              varchar(64)  not null,
    issued_by_staff        boolean      not null,
    purpose                varchar(20)  not null,
    purpose_note           varchar(100),
    remarks                varchar(100),
    -- The contract's end date as printed (null: none), so verification can tell "ended since".
    printed_end_date       date,
    printed_data           text         not null,
    pdf_sha256             varchar(64)  not null,
    work_record_sha256     varchar(64)  not null,
    status                 varchar(12)  not null default 'VALID',
    reissue_of_id          bigint,
    superseded_by_id       bigint,
    superseded_at          timestamptz,
    version                bigint       not null default 0,
    constraint certificate_number_unique unique (certificate_number),
    constraint certificate_token_unique unique (token_hash),
    -- A certificate is replaced at most once, even when two staff reissue it at the same moment.
    constraint certificate_reissued_once unique (reissue_of_id),
    constraint certificate_reissue_of_fk foreign key (reissue_of_id) references certificate (id),
    constraint certificate_superseded_by_fk foreign key (superseded_by_id) references certificate (id),
    constraint certificate_status_check check (status in ('VALID', 'SUPERSEDED')),
    constraint certificate_superseded_consistent check (
        (status = 'SUPERSEDED') = (superseded_by_id is not null and superseded_at is not null)),
    constraint certificate_purpose_check check (purpose in ('NURSERY', 'AFTER_SCHOOL_CLUB', 'MUNICIPALITY', 'OTHER')),
    constraint certificate_other_purpose_has_note check (purpose <> 'OTHER' or length(btrim(purpose_note)) > 0),
    constraint certificate_remarks_by_staff check (remarks is null or issued_by_staff),
    constraint certificate_hashes_hex check (pdf_sha256 ~ '^[0-9a-f]{64}$' and work_record_sha256 ~ '^[0-9a-f]{64}$'
        and token_hash ~ '^[0-9a-f]{64}$')
);

create index certificate_contractor_idx on certificate (contractor_account_id, issued_at desc);
create index certificate_issued_at_idx on certificate (issued_at desc, id desc);

create table certificate_document (
    certificate_id bigint      not null,
    kind           varchar(12) not null,
    content        bytea       not null,
    sha256         varchar(64) not null,
    constraint certificate_document_pk primary key (certificate_id, kind),
    constraint certificate_document_certificate_fk foreign key (certificate_id) references certificate (id),
    constraint certificate_document_kind_check check (kind in ('CERTIFICATE', 'WORK_RECORD'))
);
