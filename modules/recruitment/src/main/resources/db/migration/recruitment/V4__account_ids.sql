-- Other modules refer to a person by the platform account id, never by user name or e-mail: a user name that is
-- erased can be registered again by somebody else. Recruitment keeps the id of the applicant's portal account
-- and of the contractor's account, and hands them out in its api and events. Earlier rows get the id of the
-- account that has their user name today (no foreign key: the account lives in the platform's schema).
alter table applicant add column portal_account_id bigint;
alter table contract add column contractor_account_id bigint;

update applicant a set portal_account_id = p.id
  from platform.account p where a.portal_username is not null and p.username = a.portal_username;
update contract c set contractor_account_id = p.id
  from platform.account p where p.username = c.contractor_username;

alter table applicant add constraint applicant_portal_account_unique unique (portal_account_id);
alter table applicant add constraint applicant_account_with_username
    check (portal_account_id is null or portal_username is not null);
create index contract_by_contractor_account on contract (contractor_account_id);
