package jp.hometech.recruitment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.hometech.recruitment.api.RuleOutcome;
import jp.hometech.recruitment.api.RuleResultView;
import jp.hometech.recruitment.api.ScreeningRule;
import jp.hometech.recruitment.internal.rules.MessageArguments;
import jp.hometech.recruitment.internal.screening.RuleResult;

/** One rule's recorded result (R8). */
@Entity
@Table(name = "screening_result")
public class ScreeningResultRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false, updatable = false)
    private Applicant applicant;

    @Column(nullable = false, length = 3, updatable = false)
    private String rule;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private RuleOutcome outcome;

    @Column(name = "message_key", nullable = false, length = 120)
    private String messageKey;

    @Column(length = 1000)
    private String arguments;

    protected ScreeningResultRecord() {
    }

    ScreeningResultRecord(Applicant applicant, RuleResult result, int position) {
        this.applicant = applicant;
        this.rule = result.rule().getId();
        this.position = position;
        replace(result);
    }

    void replace(RuleResult result) {
        outcome = result.outcome();
        messageKey = result.messageKey();
        arguments = MessageArguments.join(result.arguments());
    }

    ScreeningRule getRule() { return ScreeningRule.ofId(rule); }
    RuleOutcome getOutcome() { return outcome; }

    RuleResultView toView() {
        return new RuleResultView(getRule(), outcome, messageKey, MessageArguments.split(arguments));
    }
}
