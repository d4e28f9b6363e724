package jp.hometech.billing.api;

import jp.hometech.platform.api.security.Actor;

import java.util.List;
import java.util.Optional;

/**
 * Contractors' bank accounts and invoice registration numbers. A contractor enters their own account in the portal
 * (the person is the caller, never a parameter) and it waits for BILLING's confirmation; BILLING's own entry is
 * confirmed at once. Only a confirmed account is paid.
 */
public interface PayeeService {

    /** BILLING: sets a contractor's account, confirmed. */
    BankAccountView setAccount(long contractorAccountId, BankAccountEntry entry, Actor actor);

    /** BILLING: confirms or rejects a contractor's pending entry; a confirmed one replaces the previous account. */
    BankAccountView decidePending(long bankAccountId, long expectedVersion, boolean confirm, Actor actor);

    /** BILLING: the accounts waiting for confirmation, oldest first. */
    List<BankAccountView> pending();

    /** BILLING: a contractor's confirmed account and pending entry. */
    List<BankAccountView> accountsOf(long contractorAccountId);

    /** BILLING: the invoice registration number (T + 13 digits, check digit verified), or none when blank. */
    void setInvoiceNumber(long contractorAccountId, String invoiceNumber, Actor actor);

    Optional<String> invoiceNumber(long contractorAccountId);

    /** CONTRACTOR: the caller's entry, waiting for confirmation. */
    BankAccountView enterOwnAccount(BankAccountEntry entry, Actor caller);

    /** CONTRACTOR: the caller's confirmed account and pending entry. */
    List<BankAccountView> ownAccounts(Actor caller);
}
