package jp.hometech.console.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.LazyList;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ApplicantQuery;
import jp.hometech.recruitment.api.ApplicantQueryService;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.ApplicantSummary;
import jp.hometech.recruitment.api.QualificationRoute;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;

/** RECRUITER, ADMIN: the applicant list, paged, sorted and filtered in SQL by the module, and its CSV export. */
@Named
@ViewScoped
public class ApplicantsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessClock clock;

    @EJB
    ApplicantQueryService applicants;

    private final LazyList<ApplicantQuery, ApplicantSummary> rows = new LazyList<>(ApplicantQueryService.SORT, 20,
            this::query, query -> applicants.count(query), (query, page) -> applicants.search(query, page),
            ApplicantSummary::getId);
    private ApplicantStatus status;
    private LocalDate appliedFrom;
    private LocalDate appliedTo;
    private QualificationRoute route;
    private Boolean minor;
    private String text;

    /** Streams the filtered list in the table's current sort straight to the response, row by row. */
    public StreamedContent getCsv() {
        ApplicantQuery query = query();
        PageRequest sort = rows.getLastRequest();
        return DefaultStreamedContent.builder()
                .name("applicants-" + clock.today() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> applicants.exportCsv(query, sort.sortField(), sort.ascending(), out))
                .build();
    }

    private ApplicantQuery query() {
        return new ApplicantQuery(status, appliedFrom, appliedTo, route, minor, text);
    }

    public ApplicantStatus[] getStatuses() { return ApplicantStatus.values(); }
    public QualificationRoute[] getRoutes() { return QualificationRoute.values(); }
    public LazyList<ApplicantQuery, ApplicantSummary> getRows() { return rows; }
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
}
