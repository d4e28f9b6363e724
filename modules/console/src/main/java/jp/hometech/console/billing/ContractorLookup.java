package jp.hometech.console.billing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractView;

/** Staff name a contractor by contract number; billing keeps people by their platform account id. */
@ApplicationScoped
public class ContractorLookup {

    @EJB
    ContractService contracts;

    @EJB
    AccountService accounts;

    public record Found(ContractView contract, long accountId) implements java.io.Serializable {
    }

    public Found byContractNumber(String number) {
        String typed = number == null ? "" : number.strip();
        ContractView contract = contracts.findByNumber(typed)
                .orElseThrow(() -> new BusinessException("billing.ui.unknownContract", typed));
        long accountId = accounts.findByUsername(contract.getContractorUsername())
                .orElseThrow(() -> new BusinessException("billing.ui.unknownContract", typed)).getId();
        return new Found(contract, accountId);
    }
}
