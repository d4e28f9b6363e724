package jp.hometech.console.certificates;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.certificates.api.VerificationResult;
import jp.hometech.certificates.api.VerificationService;
import jp.hometech.console.shell.ConsoleUser;

import java.io.Serializable;

/** The public page a certificate's QR code opens: genuine and current, superseded, ended since, or unknown. */
@Named("certificateVerificationView")
@ViewScoped
public class VerificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VerificationService verification;

    @Inject
    ConsoleUser consoleUser;

    private String token;
    private VerificationResult result;

    /** Once per GET (f:viewAction), so a language switch on the page does not count as another look-up. */
    public void verify() {
        result = verification.verify(token, consoleUser.actor());
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public VerificationResult getResult() { return result; }
}
