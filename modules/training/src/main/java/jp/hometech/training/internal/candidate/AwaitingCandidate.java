package jp.hometech.training.internal.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.training.api.AwaitingCandidateView;

import java.time.Instant;

/** Written once when the interview pass arrives and never changed, so it carries no version. */
@Entity
@Table(name = "awaiting_candidate")
public class AwaitingCandidate {

    @Id
    @Column(name = "candidate_id")
    private long candidateId;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "passed_at", nullable = false)
    private Instant passedAt;

    protected AwaitingCandidate() {
    }

    public long getCandidateId() { return candidateId; }
    public String getDisplayName() { return displayName; }
    public Long getAccountId() { return accountId; }
    public Instant getPassedAt() { return passedAt; }

    public AwaitingCandidateView toView() {
        return new AwaitingCandidateView(candidateId, displayName, accountId, passedAt);
    }
}
