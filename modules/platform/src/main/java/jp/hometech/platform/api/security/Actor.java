package jp.hometech.platform.api.security;

import java.util.Objects;

/** Who did something and from where: the identity recorded with every change (audit log). */
public record Actor(String username, String remoteAddress) implements java.io.Serializable {

    public static final String SYSTEM_NAME = "system";

    public Actor {
        Objects.requireNonNull(username, "username");
    }

    public static Actor system() {
        return new Actor(SYSTEM_NAME, null);
    }
}
