package jp.hometech.recruitment.api;

import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;

import java.util.Optional;

/**
 * Reading applicants. The staff methods are for RECRUITER and ADMIN only (the console guards them); an applicant
 * reads only {@link #ownApplication(String)}.
 */
public interface ApplicantQueryService {

    /** Sortable fields: id, nameKana, email, appliedOn (default, newest first), status, ageAtApplication. */
    Page<ApplicantSummary> search(ApplicantQuery query, PageRequest page);

    Optional<ApplicantDetail> detail(long applicantId);

    Optional<OwnApplicationView> ownApplication(String portalUsername);

    /** The filtered list as CSV (UTF-8 text with a header row, RFC 4180 quoting), in the given sort order. */
    String exportCsv(ApplicantQuery query, String sortField, boolean ascending);
}
