-- Candidates who passed recruitment's interview and wait to be enrolled into a cohort (T1). Recorded once per
-- candidate when recruitment publishes ApplicantPassedInterview; the primary key makes a repeated event harmless.
-- A candidate stops awaiting as soon as an enrolment of theirs exists (see AwaitingCandidates).
create table awaiting_candidate (
    candidate_id    bigint       primary key,
    display_name    varchar(100) not null,
    portal_username varchar(64),
    passed_at       timestamp(6) with time zone not null,
    constraint awaiting_candidate_id_positive check (candidate_id > 0),
    constraint awaiting_candidate_name_present check (length(btrim(display_name)) > 0),
    constraint awaiting_candidate_username_present check (portal_username is null or length(btrim(portal_username)) > 0)
);

create index awaiting_candidate_by_passed on awaiting_candidate (passed_at, candidate_id);
