package jp.hometech.console.recruitment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ApplicantQuery;
import jp.hometech.recruitment.api.ApplicantQueryService;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.ApplicantSummary;
import jp.hometech.recruitment.api.QualificationRoute;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** RECRUITER, ADMIN: the applicant list, paged, sorted and filtered in SQL by the module, and its CSV export. */
@Named
@ViewScoped
public class ApplicantsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessClock clock;

    @EJB
    ApplicantQueryService applicants;

    private final ApplicantRows rows = new ApplicantRows();
    private ApplicantStatus status;
    private LocalDate appliedFrom;
    private LocalDate appliedTo;
    private QualificationRoute route;
    private Boolean minor;
    private String text;
    private String sortField = "appliedOn";
    private boolean ascending;

    @PostConstruct
    void init() {
        rows.setPageSize(20);
    }

    public StreamedContent getCsv() {
        String csv = applicants.exportCsv(query(), sortField, ascending);
        // A byte-order mark, so that Excel opens the Japanese names as UTF-8.
        byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("applicants-" + clock.today() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    private ApplicantQuery query() {
        return new ApplicantQuery(status, appliedFrom, appliedTo, route, minor, text);
    }

    public ApplicantStatus[] getStatuses() { return ApplicantStatus.values(); }
    public QualificationRoute[] getRoutes() { return QualificationRoute.values(); }
    public LazyDataModel<ApplicantSummary> getRows() { return rows; }
    public ApplicantStatus getStatus() { return status; }
    public void setStatus(ApplicantStatus status) { this.status = status; }
    public LocalDate getAppliedFrom() { return appliedFrom; }
    public void setAppliedFrom(LocalDate appliedFrom) { this.appliedFrom = appliedFrom; }
    public LocalDate getAppliedTo() { return appliedTo; }
    public void setAppliedTo(LocalDate appliedTo) { this.appliedTo = appliedTo; }
    public QualificationRoute getRoute() { return route; }
    public void setRoute(QualificationRoute route) { this.route = route; }
    public Boolean getMinor() { return minor; }
    public void setMinor(Boolean minor) { this.minor = minor; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }

    private final class ApplicantRows extends LazyDataModel<ApplicantSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) applicants.search(query(), PageRequest.first(1)).totalCount();
        }

        @Override
        public List<ApplicantSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            sortField = sort == null ? "appliedOn" : sort.getField();
            ascending = sort != null && sort.getOrder() != SortOrder.DESCENDING;
            return applicants.search(query(), new PageRequest(first, pageSize, sortField, ascending)).rows();
        }

        @Override
        public String getRowKey(ApplicantSummary applicant) {
            return String.valueOf(applicant.getId());
        }
    }
}
