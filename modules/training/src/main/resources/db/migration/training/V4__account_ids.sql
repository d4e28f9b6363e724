-- A trainee is the platform account id of their portal login, never its user name: an erased applicant's
-- e-mail can be registered again by somebody else, who must not inherit these records. Earlier rows get the
-- id of the account that has their user name today; rows whose account is gone belong to an erased person
-- and are pseudonymized the way recruitment's PersonalDataErased does it (see TrainingPersonalData).
alter table awaiting_candidate add column account_id bigint;
alter table enrolment add column account_id bigint;
alter table environment_check add column account_id bigint;

update awaiting_candidate c set account_id = p.id from platform.account p where p.username = c.portal_username;
update enrolment e set account_id = p.id from platform.account p where p.username = e.portal_username;
update environment_check c set account_id = p.id from platform.account p where p.username = c.portal_username;

-- Whose account is gone: erased before this migration. Environment checks hold their phone and home details.
delete from environment_check where account_id is null;
delete from awaiting_candidate where portal_username is not null and account_id is null;
update enrolment set display_name = '(erased)' where account_id is null;

drop index enrolment_by_portal_username;
drop index environment_check_by_portal_username;
alter table awaiting_candidate drop constraint awaiting_candidate_username_present;
alter table awaiting_candidate drop column portal_username;
alter table enrolment drop column portal_username;
alter table environment_check drop column portal_username;

alter table environment_check alter column account_id set not null;
alter table awaiting_candidate add constraint awaiting_candidate_account_positive check (account_id is null or account_id > 0);
-- WITHDRAWN: the applicant withdrew from recruitment while in training (ApplicantWithdrawn).
alter table enrolment drop constraint enrolment_status_known;
alter table enrolment add constraint enrolment_status_known check (status in ('ENROLLED', 'PASSED_ASSESSMENT', 'FAILED',
    'TRANSFERRED_OUT', 'CALL_TRAINING', 'COMPLETED', 'WITHDRAWN'));
-- An enrolment without an account is one whose person was erased: then its name is gone too.
alter table enrolment add constraint enrolment_account_or_erased check (account_id is not null or display_name = '(erased)');
create index enrolment_by_account on enrolment (account_id, enrolled_at desc);
create index environment_check_by_account on environment_check (account_id);
