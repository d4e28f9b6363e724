package jp.hometech.platform.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.constraint.ConstraintMessages;

import java.util.Map;

/** The platform's constraints that refuse a request which raced another (see ConstraintTranslator). */
@ApplicationScoped
public class PlatformConstraints implements ConstraintMessages {

    @Override
    public Map<String, String> messageKeys() {
        return Map.of("account_username_unique", "platform.account.usernameTaken");
    }
}
