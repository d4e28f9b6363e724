package jp.hometech.recruitment.api;

/** Filters of the contract list; null means "any". {@code text} matches a part of the number, name or username. */
public record ContractQuery(ContractStatus status, String text) implements java.io.Serializable {

    public static ContractQuery all() {
        return new ContractQuery(null, null);
    }
}
