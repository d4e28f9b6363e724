package jp.hometech.platform.api.account;

import java.time.Instant;
import java.util.Optional;

public record LoginResult(LoginOutcome outcome, AccountView account, Instant lockedUntil) implements java.io.Serializable {

    public boolean succeeded() {
        return outcome == LoginOutcome.SUCCESS;
    }

    public Optional<AccountView> authenticatedAccount() {
        return succeeded() ? Optional.of(account) : Optional.empty();
    }
}
