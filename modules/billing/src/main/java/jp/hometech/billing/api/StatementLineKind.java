package jp.hometech.billing.api;

/** The kinds of line on a payment statement (B5). */
public enum StatementLineKind {
    FEE, INCENTIVE, ADJUSTMENT
}
