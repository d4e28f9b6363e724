package jp.hometech.training.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A candidate who passed recruitment's interview and is not enrolled yet. {@code accountId} (the platform account
 * of their portal login) is null when recruitment had no portal account for them; such a candidate cannot be
 * enrolled until it has one.
 */
public final class AwaitingCandidateView implements Serializable {

    private final long candidateId;
    private final String displayName;
    private final Long accountId;
    private final Instant passedAt;

    public AwaitingCandidateView(long candidateId, String displayName, Long accountId, Instant passedAt) {
        this.candidateId = candidateId;
        this.displayName = displayName;
        this.accountId = accountId;
        this.passedAt = passedAt;
    }

    public long getCandidateId() { return candidateId; }
    public String getDisplayName() { return displayName; }
    public Long getAccountId() { return accountId; }
    public Instant getPassedAt() { return passedAt; }
    public boolean isEnrollable() { return accountId != null; }
}
