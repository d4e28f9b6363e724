package jp.hometech.recruitment.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.recruitment.api.InterviewDevice;

/**
 * R7: the web interview needs a device on the internet (a PC has a web camera, which {@link
 * InterviewDevice#PC_WITH_CAMERA} declares) and a telephone as audio fallback. A tablet or smartphone cannot be
 * both the video device and the fallback telephone, so alone it is not enough.
 */
public final class InterviewDeviceRule {

    public static void check(InterviewDevice device, boolean separateTelephone) {
        if (device == null) {
            throw new BusinessException("recruitment.booking.deviceRequired");
        }
        if (separateTelephone) {
            return;
        }
        throw device == InterviewDevice.PC_WITH_CAMERA
                ? new BusinessException("recruitment.booking.telephoneRequired")
                : new BusinessException("recruitment.booking.mobileDeviceAlone");
    }

    private InterviewDeviceRule() {
    }
}
