package org.uplift.contracts.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The public DfE lists of regions and local authorities (copied verbatim into this jar's {@code reference/}), so
 * every service names and groups LAs the same way. Superseded LA codes (e.g. 909 Cumbria) resolve to the authority
 * that now has the same ONS code or name.
 */
public final class ReferenceData {

    private static final Map<String, Region> REGIONS = read("regions.csv", Region.class, Region::code);
    private static final Map<String, LocalAuthority> CURRENT = read("local-authorities.csv", LocalAuthority.class, LocalAuthority::code);
    private static final Map<String, LocalAuthority> SUPERSEDED = read("local-authorities-superseded.csv", LocalAuthority.class, LocalAuthority::code);

    private ReferenceData() {
    }

    public static List<Region> regions() {
        return List.copyOf(REGIONS.values());
    }

    public static List<LocalAuthority> localAuthorities() {
        return List.copyOf(CURRENT.values());
    }

    public static Optional<Region> region(String code) {
        return Optional.ofNullable(REGIONS.get(code));
    }

    public static Optional<LocalAuthority> localAuthority(String code) {
        LocalAuthority authority = CURRENT.get(code);
        if (authority != null) {
            return Optional.of(authority);
        }
        LocalAuthority old = SUPERSEDED.get(code);
        return old == null ? Optional.empty() : CURRENT.values().stream()
                .filter(la -> la.onsCode().equals(old.onsCode()) || la.name().equalsIgnoreCase(old.name()))
                .findFirst();
    }

    public static String regionName(String code) {
        return region(code).map(Region::name).orElse(code);
    }

    public static String localAuthorityName(String code) {
        return localAuthority(code).map(LocalAuthority::name).orElse(code);
    }

    private static <T> Map<String, T> read(String file, Class<T> type, Function<T, String> key) {
        CsvMapper csv = new CsvMapper();
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        Map<String, T> byKey = new LinkedHashMap<>();
        try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + file);
             MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class).with(header).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                T value = type == Region.class
                        ? type.cast(new Region(row.get("region_code"), row.get("name")))
                        : type.cast(new LocalAuthority(row.get("la_code"), row.get("ons_code"), row.get("name"), row.get("region_code")));
                byKey.put(key.apply(value), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/" + file, e);
        }
        return byKey;
    }
}
