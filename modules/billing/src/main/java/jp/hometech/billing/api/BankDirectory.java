package jp.hometech.billing.api;

import java.util.List;
import java.util.Optional;

/** The Zengin bank and branch list bundled with billing (npm zengin-code), for pickers and for checking accounts. */
public interface BankDirectory {

    /** Banks whose code starts with, or whose name or kana contains, {@code query}; at most {@code limit}. */
    List<BankEntry> banks(String query, int limit);

    /** Branches of {@code bankCode} whose code starts with, or whose name or kana contains, {@code query}. */
    List<BankEntry> branches(String bankCode, String query, int limit);

    Optional<BankEntry> bank(String bankCode);

    Optional<BankEntry> branch(String bankCode, String branchCode);
}
