package jp.hometech.scheduling.api;

import java.io.Serializable;

/** A new token and its secret, which is shown this once and never stored. */
public final class CreatedApiToken implements Serializable {

    private final ApiTokenView token;
    private final String secret;

    public CreatedApiToken(ApiTokenView token, String secret) {
        this.token = token;
        this.secret = secret;
    }

    public ApiTokenView getToken() { return token; }
    public String getSecret() { return secret; }
}
