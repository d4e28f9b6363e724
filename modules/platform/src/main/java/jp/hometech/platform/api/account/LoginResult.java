package jp.hometech.platform.api.account;

import java.time.Instant;
import java.util.Optional;

public record LoginResult(LoginOutcome outcome, AccountView account, Instant lockedUntil) {

    public boolean succeeded() {
        return outcome == LoginOutcome.SUCCESS;
    }

    public Optional<AccountView> authenticatedAccount() {
        return succeeded() ? Optional.of(account) : Optional.empty();
    }
}
