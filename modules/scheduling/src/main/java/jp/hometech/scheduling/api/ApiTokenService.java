package jp.hometech.scheduling.api;

import jp.hometech.platform.api.security.Actor;

import java.util.List;
import java.util.Optional;

/**
 * Tokens with which the telephony system posts work records (ADMIN manages them). Only a SHA-256 hash of a
 * secret is stored; creating and revoking are audited.
 */
public interface ApiTokenService {

    CreatedApiToken create(String name, Actor actor);

    void revoke(long tokenId, long expectedVersion, Actor actor);

    List<ApiTokenView> list();

    /** The token with this secret if it exists and is not revoked; records its use. */
    Optional<ApiTokenView> authenticate(String secret);
}
