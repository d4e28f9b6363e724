package jp.hometech.billing.internal.zengin;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.billing.api.BankDirectory;
import jp.hometech.billing.api.BankEntry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bundled list (resources jp/hometech/billing/zengin/banks.tsv, refreshed by scripts/refresh-zengin-codes.sh),
 * read once per deployment: ~1,150 banks and ~29,000 branches, about 3 MB in memory.
 */
@ApplicationScoped
public class ZenginBankDirectory implements BankDirectory {

    private static final String RESOURCE = "/jp/hometech/billing/zengin/banks.tsv";

    private final Map<String, BankEntry> banks = new TreeMap<>();
    private final Map<String, Map<String, BankEntry>> branches = new HashMap<>();

    public ZenginBankDirectory() {
        try (InputStream in = ZenginBankDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[1].isEmpty()) {
                    banks.put(f[0], new BankEntry(f[0], f[2], f[3]));
                } else {
                    branches.computeIfAbsent(f[0], b -> new TreeMap<>()).put(f[1], new BankEntry(f[1], f[2], f[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<BankEntry> banks(String query, int limit) {
        return search(banks, query, limit);
    }

    @Override
    public List<BankEntry> branches(String bankCode, String query, int limit) {
        return search(branches.getOrDefault(bankCode, Map.of()), query, limit);
    }

    @Override
    public Optional<BankEntry> bank(String bankCode) {
        return Optional.ofNullable(banks.get(bankCode));
    }

    @Override
    public Optional<BankEntry> branch(String bankCode, String branchCode) {
        return Optional.ofNullable(branches.getOrDefault(bankCode, Map.of()).get(branchCode));
    }

    private static List<BankEntry> search(Map<String, BankEntry> entries, String query, int limit) {
        String q = query == null ? "" : Normalizer.normalize(query.strip(), Normalizer.Form.NFKC);
        List<BankEntry> found = new ArrayList<>();
        for (BankEntry entry : entries.values()) {
            if (found.size() >= limit) {
                break;
            }
            if (q.isEmpty() || entry.getCode().startsWith(q) || entry.getName().contains(q) || entry.getKana().contains(q)) {
                found.add(entry);
            }
        }
        return found;
    }
}
