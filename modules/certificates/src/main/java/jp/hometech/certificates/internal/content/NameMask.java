package jp.hometech.certificates.internal.content;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The contractor's name as the public verification page shows it: enough to match it with the paper in
 * hand, not enough to learn a name from a token. Each part keeps its first character; the rest, and at least
 * one character, become ＊ (山田 太郎 → 山＊ 太＊, 林 凛 → 林＊ 凛＊).
 */
public final class NameMask {

    private NameMask() {
    }

    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "＊";
        }
        return Arrays.stream(name.strip().split("[\\s\u3000]+"))
                .map(NameMask::maskPart)
                .collect(Collectors.joining(" "));
    }

    private static String maskPart(String part) {
        int first = part.codePointAt(0);
        int rest = Math.max(1, part.codePointCount(0, part.length()) - 1);
        return new String(Character.toChars(first)) + "＊".repeat(rest);
    }
}
