package jp.hometech.recruitment.api;

public enum ContractStatus {
    ACTIVE, SUSPENDED, ENDED;

    public String getMessageKey() {
        return "recruitment.contractStatus." + name();
    }
}
