package jp.hometech.console.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.billing.api.BankAccountEntry;
import jp.hometech.billing.api.BankAccountView;
import jp.hometech.billing.api.BankDirectory;
import jp.hometech.billing.api.BankEntry;
import jp.hometech.billing.api.PayeeService;
import jp.hometech.billing.api.StatementService;
import jp.hometech.billing.api.StatementView;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;

import java.io.Serializable;
import java.util.List;

/** /portal/billing/index.xhtml: the contractor's own confirmed statements and bank account (entered, then confirmed by BILLING). */
@Named("billingPortalView")
@ViewScoped
public class BillingPortalView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @EJB
    StatementService statements;

    @EJB
    PayeeService payees;

    @Inject
    BankDirectory banks;

    @Inject
    ConsoleUser consoleUser;

    private List<StatementView> ownStatements;
    private List<BankAccountView> ownAccounts;
    private String bank;
    private String branch;
    private int depositType = 1;
    private String number;
    private String holderKana;

    @PostConstruct
    void init() {
        ownStatements = statements.ownStatements(consoleUser.actor());
        ownAccounts = payees.ownAccounts(consoleUser.actor());
    }

    public List<String> completeBank(String query) {
        return banks.banks(query, SUGGESTIONS).stream().map(BankEntry::getLabel).toList();
    }

    public List<String> completeBranch(String query) {
        return banks.branches(BankPicker.code(bank), query, SUGGESTIONS).stream().map(BankEntry::getLabel).toList();
    }

    public void enterAccount() {
        try {
            payees.enterOwnAccount(new BankAccountEntry(BankPicker.code(bank), BankPicker.code(branch), depositType, number, holderKana), consoleUser.actor());
            Messages.info("billing.ui.accountEntered");
            ownAccounts = payees.ownAccounts(consoleUser.actor());
            bank = null;
            branch = null;
            number = null;
            holderKana = null;
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public List<StatementView> getOwnStatements() { return ownStatements; }
    public List<BankAccountView> getOwnAccounts() { return ownAccounts; }
    public String getBank() { return bank; }
    public void setBank(String bank) { this.bank = bank; }
    public String getBranch() { return branch; }
    public void setBranch(String branch) { this.branch = branch; }
    public int getDepositType() { return depositType; }
    public void setDepositType(int depositType) { this.depositType = depositType; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getHolderKana() { return holderKana; }
    public void setHolderKana(String holderKana) { this.holderKana = holderKana; }
}
