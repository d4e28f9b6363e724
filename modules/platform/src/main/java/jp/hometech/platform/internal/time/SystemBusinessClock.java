package jp.hometech.platform.internal.time;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.time.BusinessClock;

import java.time.Clock;

/** The system clock in Tokyo: the business clock of every deployed EAR. */
@ApplicationScoped
public class SystemBusinessClock implements BusinessClock {

    private static final Clock TOKYO = Clock.system(ZONE);

    @Override
    public Clock clock() {
        return TOKYO;
    }
}
