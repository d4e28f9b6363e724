package jp.hometech.console.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address for the audit log. Behind a load balancer, Undertow's proxy-address-forwarding
 * (config/40-hardening.cli) already puts the forwarded address here, so no header is trusted by hand.
 */
public final class ClientAddress {

    public static String of(HttpServletRequest request) {
        return request == null ? null : request.getRemoteAddr();
    }

    private ClientAddress() {
    }
}
