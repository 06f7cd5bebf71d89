package org.uplift.schools.localauthority;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The public DfE reference lists of regions and local authorities, read from the copies in this service's
 * resources. Superseded LA codes (e.g. 909 Cumbria) still resolve, to the authority that replaced them, so older
 * extracts import cleanly.
 */
@Component
public class LocalAuthorities {

    private final Map<String, Region> regions;
    private final Map<String, LocalAuthority> current;
    private final Map<String, LocalAuthority> superseded;

    LocalAuthorities() {
        regions = read("reference/regions.csv", row -> new Region(row.get("region_code"), row.get("name")), Region::code);
        current = read("reference/local-authorities.csv", LocalAuthorities::authority, LocalAuthority::code);
        superseded = read("reference/local-authorities-superseded.csv", LocalAuthorities::authority, LocalAuthority::code);
    }

    public Collection<Region> regions() {
        return regions.values();
    }

    public Collection<LocalAuthority> all() {
        return current.values();
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /**
     * The current authority for a code; a superseded code maps to the current authority with the same ONS code, or,
     * failing that, to the one in the same region with the same name.
     */
    public Optional<LocalAuthority> find(String code) {
        LocalAuthority authority = current.get(code);
        if (authority != null) {
            return Optional.of(authority);
        }
        LocalAuthority old = superseded.get(code);
        if (old == null) {
            return Optional.empty();
        }
        return current.values().stream()
                .filter(la -> la.onsCode().equals(old.onsCode()) || la.name().equalsIgnoreCase(old.name()))
                .findFirst();
    }

    public List<LocalAuthority> inRegion(String regionCode) {
        return current.values().stream().filter(la -> la.regionCode().equals(regionCode)).toList();
    }

    private static LocalAuthority authority(CSVRecord row) {
        return new LocalAuthority(row.get("la_code"), row.get("ons_code"), row.get("name"), row.get("region_code"));
    }

    private static <T> Map<String, T> read(String resource, Function<CSVRecord, T> mapper, Function<T, String> key) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, T> byKey = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                T value = mapper.apply(row);
                byKey.put(key.apply(value), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Map.copyOf(byKey);
    }
}
