package jp.hometech.platform.api;

import jakarta.ejb.ApplicationException;

/** Somebody else saved the same record since the user opened it; the user reloads and decides again. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends BusinessException {

    public ConcurrentEditException() {
        super("platform.concurrentEdit");
    }
}
