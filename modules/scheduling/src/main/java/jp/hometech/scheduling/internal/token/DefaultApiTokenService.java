package jp.hometech.scheduling.internal.token;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.scheduling.api.ApiTokenService;
import jp.hometech.scheduling.api.ApiTokenView;
import jp.hometech.scheduling.api.CreatedApiToken;
import jp.hometech.scheduling.internal.Scheduling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A secret is 32 random bytes (256 bits), so a plain SHA-256 is a sound hash for it: unlike a password it cannot
 * be guessed from a dictionary, and the lookup by hash needs no per-token salt.
 */
@Stateless
public class DefaultApiTokenService implements ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String SECRET_PREFIX = "hts_";

    @PersistenceContext(unitName = Scheduling.UNIT)
    EntityManager em;

    @Inject
    BusinessClock clock;

    @EJB
    AuditLog auditLog;

    @Override
    public CreatedApiToken create(String name, Actor actor) {
        String given = name == null ? "" : name.strip();
        if (given.isEmpty() || given.length() > 100) {
            throw new BusinessException("scheduling.token.name", 100);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(given, secret.substring(0, 10), hash(secret), clock.now(), actor.username());
        em.persist(token);
        em.flush();
        auditLog.record(actor, Scheduling.MODULE, "apiToken.created", "apiToken#" + token.getId(), given);
        return new CreatedApiToken(token.view(), secret);
    }

    @Override
    public void revoke(long tokenId, long expectedVersion, Actor actor) {
        ApiToken token = em.find(ApiToken.class, tokenId, LockModeType.PESSIMISTIC_WRITE);
        if (token == null) {
            throw new BusinessException("scheduling.token.notFound");
        }
        if (token.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (token.isRevoked()) {
            return;
        }
        token.revoke(clock.now(), actor.username());
        auditLog.record(actor, Scheduling.MODULE, "apiToken.revoked", "apiToken#" + token.getId(), token.getName());
    }

    @Override
    public List<ApiTokenView> list() {
        return em.createQuery("select t from ApiToken t order by t.createdAt desc, t.id desc", ApiToken.class)
                .getResultStream().map(ApiToken::view).toList();
    }

    @Override
    public Optional<ApiTokenView> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> token = em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash(secret)).getResultStream().findFirst();
        if (token.isEmpty() || token.get().isRevoked()) {
            return Optional.empty();
        }
        // The last use is informative; a native update avoids a version bump that would disturb a revoke in progress.
        em.createNativeQuery("update scheduling.api_token set last_used_at = ?1 where id = ?2")
                .setParameter(1, java.sql.Timestamp.from(clock.now())).setParameter(2, token.get().getId()).executeUpdate();
        return Optional.of(token.get().view());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
