-- "Certificate" now means only the business-contract certificate (業務委託契約証明書, the certificates module).
-- What R4a asks an applicant to hold is a qualification: the reference list and the applicants' declared
-- qualifications are renamed, with their constraints, sequences and the route value.

alter table qualifying_certificate rename to qualification;
alter table qualification rename constraint qualifying_certificate_pkey to qualification_pkey;
alter table qualification rename constraint qualifying_certificate_code_unique to qualification_code_unique;
alter table qualification rename constraint qualifying_certificate_code_format to qualification_code_format;
alter table qualification rename constraint qualifying_certificate_names_present to qualification_names_present;
alter sequence qualifying_certificate_id_seq rename to qualification_id_seq;

alter table applicant_certificate rename to applicant_qualification;
alter table applicant_qualification rename column certificate_code to qualification_code;
alter table applicant_qualification rename constraint applicant_certificate_pkey to applicant_qualification_pkey;
alter table applicant_qualification rename constraint applicant_certificate_once to applicant_qualification_once;
alter table applicant_qualification rename constraint applicant_certificate_applicant_id_fkey to applicant_qualification_applicant_id_fkey;
alter table applicant_qualification rename constraint applicant_certificate_certificate_code_fkey to applicant_qualification_qualification_code_fkey;
alter sequence applicant_certificate_id_seq rename to applicant_qualification_id_seq;

alter table applicant drop constraint applicant_route_known;
update applicant set qualification_route = 'QUALIFICATION' where qualification_route = 'CERTIFICATE';
alter table applicant add constraint applicant_route_known
    check (qualification_route in ('QUALIFICATION', 'SUPPORT_WORK', 'SELF_DECLARATION', 'NONE'));
update application_statistic set route = 'QUALIFICATION' where route = 'CERTIFICATE';
