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
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;

import java.io.Serializable;
import java.util.List;

/**
 * /console/billing/payees.xhtml: bank accounts that contractors entered wait here for confirmation; staff find a
 * contractor by contract number to set the account (confirmed at once) and the invoice registration number.
 */
@Named("billingPayeesView")
@ViewScoped
public class BillingPayeesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @EJB
    PayeeService payees;

    @Inject
    BankDirectory banks;

    @Inject
    ContractorLookup contractors;

    @Inject
    ConsoleUser consoleUser;

    private List<BankAccountView> pending;
    private String contractNumber;
    private ContractorLookup.Found found;
    private List<BankAccountView> accounts = List.of();
    private String invoiceNumber;
    private String bank;
    private String branch;
    private int depositType = 1;
    private String number;
    private String holderKana;

    @PostConstruct
    void init() {
        pending = payees.pending();
    }

    public void decide(BankAccountView account, boolean confirm) {
        try {
            payees.decidePending(account.getId(), account.getVersion(), confirm, consoleUser.actor());
            Messages.info(confirm ? "billing.ui.accountConfirmed" : "billing.ui.accountRejected");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        pending = payees.pending();
        if (found != null) {
            accounts = payees.accountsOf(found.accountId());
        }
    }

    public void find() {
        try {
            found = contractors.byContractNumber(contractNumber);
            accounts = payees.accountsOf(found.accountId());
            invoiceNumber = payees.invoiceNumber(found.accountId()).orElse(null);
        } catch (BusinessException refused) {
            found = null;
            accounts = List.of();
            Messages.error(refused);
        }
    }

    public void setAccount() {
        try {
            payees.setAccount(found.accountId(), new BankAccountEntry(BankPicker.code(bank), BankPicker.code(branch),
                    depositType, number, holderKana), consoleUser.actor());
            Messages.info("billing.ui.accountSet");
            accounts = payees.accountsOf(found.accountId());
            pending = payees.pending();
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void saveInvoiceNumber() {
        try {
            payees.setInvoiceNumber(found.accountId(), invoiceNumber, consoleUser.actor());
            Messages.info("billing.ui.invoiceNumberSaved");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public List<String> completeBank(String query) {
        return banks.banks(query, SUGGESTIONS).stream().map(BankEntry::getLabel).toList();
    }

    public List<String> completeBranch(String query) {
        return banks.branches(BankPicker.code(bank), query, SUGGESTIONS).stream().map(BankEntry::getLabel).toList();
    }

    public List<BankAccountView> getPending() { return pending; }
    public ContractorLookup.Found getFound() { return found; }
    public List<BankAccountView> getAccounts() { return accounts; }
    public String getContractNumber() { return contractNumber; }
    public void setContractNumber(String contractNumber) { this.contractNumber = contractNumber; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }
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
