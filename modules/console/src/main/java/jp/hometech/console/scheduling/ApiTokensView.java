package jp.hometech.console.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.scheduling.api.ApiTokenService;
import jp.hometech.scheduling.api.ApiTokenView;
import jp.hometech.scheduling.api.CreatedApiToken;

import java.io.Serializable;
import java.util.List;

/** ADMIN: tokens of the telephony system; a new token's secret is shown once, on this page only. */
@Named("schedulingApiTokensView")
@ViewScoped
public class ApiTokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApiTokenService tokens;

    @Inject
    ConsoleUser consoleUser;

    private List<ApiTokenView> rows = List.of();
    private String name;
    private transient String secret;

    @PostConstruct
    void load() {
        rows = tokens.list();
    }

    public void create() {
        try {
            CreatedApiToken created = tokens.create(name, consoleUser.actor());
            secret = created.getSecret();
            name = null;
            Messages.info("scheduling.ui.tokenCreated");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
        load();
    }

    public void revoke(ApiTokenView token) {
        try {
            tokens.revoke(token.getId(), token.getVersion(), consoleUser.actor());
            secret = null;
            Messages.info("scheduling.ui.tokenRevoked", token.getName());
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
        load();
    }

    public List<ApiTokenView> getRows() { return rows; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSecret() { return secret; }
}
