package jp.hometech.billing.internal.statement;

import jp.hometech.billing.api.FeeUnit;

public record FeeLine(String code, String nameJa, String nameEn, FeeUnit unit, long unitPriceYen) {
}
