package jp.hometech.recruitment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.recruitment.api.InterviewFailureReasonView;

import java.util.Optional;

/** R8: a reason other than R4c that can decide a failed interview; reference data ADMIN keeps. */
@Entity
@Table(name = "interview_failure_reason")
public class InterviewFailureReason {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 100)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(nullable = false)
    private long version;

    protected InterviewFailureReason() {
    }

    InterviewFailureReason(String code, String nameJa, String nameEn, boolean active, int sortOrder) {
        this.code = code;
        change(nameJa, nameEn, active, sortOrder);
    }

    static Optional<InterviewFailureReason> byCode(EntityManager em, String code) {
        return em.createQuery("select r from InterviewFailureReason r where r.code = :code", InterviewFailureReason.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    void change(String nameJa, String nameEn, boolean active, int sortOrder) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.active = active;
        this.sortOrder = sortOrder;
    }

    InterviewFailureReasonView toView() {
        return new InterviewFailureReasonView(id, code, nameJa, nameEn, active, sortOrder, version);
    }

    Long getId() { return id; }
    String getCode() { return code; }
    String getNameJa() { return nameJa; }
    String getNameEn() { return nameEn; }
    boolean isActive() { return active; }
    long getVersion() { return version; }
}
