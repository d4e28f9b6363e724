package jp.hometech.recruitment.api;

import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.SortFields;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Reading applicants. The staff methods are for RECRUITER and ADMIN only (the console guards them); an applicant
 * reads only {@link #ownApplication(String)}.
 */
public interface ApplicantQueryService {

    /** Newest application first by default. */
    SortFields SORT = SortFields.of("applicants", "appliedOn", false, "id", "nameKana", "email", "appliedOn", "status",
            "ageAtApplication");

    /** The applicants the query matches, counted up to {@link RowCount#CAP}. */
    RowCount count(ApplicantQuery query);

    /** One page of the applicants the query matches, sorted by a field of {@link #SORT}. */
    List<ApplicantSummary> search(ApplicantQuery query, PageRequest page);

    Optional<ApplicantDetail> detail(long applicantId);

    Optional<OwnApplicationView> ownApplication(String portalUsername);

    /**
     * Writes the filtered list to out as CSV (the platform's CsvFiles: UTF-8 with a byte-order mark, a header row,
     * RFC 4180 quoting, formulas neutralised) in the sort of {@link #SORT}, row by row as it is read from the
     * database: the list is never held in memory. Leaves out open.
     */
    void exportCsv(ApplicantQuery query, String sortField, boolean ascending, OutputStream out);
}
