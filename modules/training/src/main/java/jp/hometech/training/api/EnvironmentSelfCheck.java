package jp.hometech.training.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a trainee declares about their work environment in the portal.
 *
 * @param privateQuietRoom   E1: a closed private room without household noise
 * @param phoneWiredInRoom   E2: the telephone line is wired to the phone in that room (no cordless handset)
 * @param internetWiredToPc  E2: the internet line is wired (cable) to the PC
 * @param phoneNumber        E3: the fixed line's number, e.g. 03-1234-5678
 * @param lineServiceCodes   E3: the services the line has, codes of {@link LineServiceView}
 * @param lineReadyOn        E4: the date the line is (or will be) ready
 * @param internetType       E6
 * @param ownPc              E7: the PC is the trainee's own
 * @param pcOsCode           E7: code of {@link PcOsView}
 * @param pcCpu              E7: the processor as the trainee reads it from Windows, for staff
 */
public record EnvironmentSelfCheck(boolean privateQuietRoom, boolean phoneWiredInRoom, boolean internetWiredToPc,
                                   String phoneNumber, Set<String> lineServiceCodes, LocalDate lineReadyOn,
                                   InternetType internetType, boolean ownPc, String pcOsCode, int pcRamGb,
                                   int pcCpuCores, String pcCpu, int pcFreeStorageGb) implements java.io.Serializable {

    public EnvironmentSelfCheck {
        lineServiceCodes = lineServiceCodes == null ? Set.of() : Set.copyOf(lineServiceCodes);
    }
}
