package jp.hometech.recruitment.internal;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.recruitment.api.ApplicantQuery;
import jp.hometech.recruitment.api.ApplicantQueryService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The applicant list's filters and sorts as Criteria expressions, so the database does the filtering and paging. */
final class ApplicantFilters {

    static final Map<String, Function<Root<Applicant>, Expression<?>>> SORTABLE = Map.of(
            "id", root -> root.get("id"),
            "nameKana", root -> root.get("nameKana"),
            "email", root -> root.get("email"),
            "appliedOn", root -> root.get("appliedOn"),
            "status", root -> root.get("status"),
            "ageAtApplication", root -> root.get("ageAtApplication"));

    static {
        ApplicantQueryService.SORT.requireAll(SORTABLE.keySet());
    }

    /** The page's sort, then the id in the same direction, so equal values keep one order between pages. */
    static List<Order> order(CriteriaBuilder cb, Root<Applicant> root, PageRequest page) {
        Expression<?> sortBy = SORTABLE.get(page.sortField()).apply(root);
        return page.ascending() ? List.of(cb.asc(sortBy), cb.asc(root.get("id")))
                : List.of(cb.desc(sortBy), cb.desc(root.get("id")));
    }

    static Predicate[] of(CriteriaBuilder cb, Root<Applicant> root, ApplicantQuery query) {
        List<Predicate> predicates = new ArrayList<>();
        if (query.status() != null) {
            predicates.add(cb.equal(root.get("status"), query.status()));
        }
        if (query.appliedFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("appliedOn"), query.appliedFrom()));
        }
        if (query.appliedToInclusive() != null) {
            predicates.add(cb.lessThanOrEqualTo(root.get("appliedOn"), query.appliedToInclusive()));
        }
        if (query.route() != null) {
            predicates.add(cb.equal(root.get("qualificationRoute"), query.route()));
        }
        if (query.minor() != null) {
            predicates.add(cb.equal(root.get("minorAtApplication"), query.minor()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String like = likePattern(query.text());
            predicates.add(cb.or(
                    cb.like(cb.lower(root.get("nameKanji")), like, '\\'),
                    cb.like(cb.lower(root.get("nameKana")), like, '\\'),
                    cb.like(cb.lower(root.get("email")), like, '\\')));
        }
        return predicates.toArray(Predicate[]::new);
    }

    static String likePattern(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private ApplicantFilters() {
    }
}
