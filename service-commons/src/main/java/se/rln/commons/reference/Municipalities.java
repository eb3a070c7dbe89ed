package se.rln.commons.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The project's own copy of SCB's list of Sweden's 290 municipalities and 21 counties
 * ({@code reference/municipalities.csv}), loaded once.
 */
@ApplicationScoped
public class Municipalities {

    private final Map<String, Municipality> byCode;
    private final Map<String, County> counties;

    public Municipalities() {
        Map<String, Municipality> municipalities = new LinkedHashMap<>();
        try (InputStream in = Municipalities.class.getResourceAsStream("/reference/municipalities.csv");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                Municipality m = new Municipality(row.get("municipality_code"), row.get("municipality_name"),
                        row.get("county_code"), row.get("county_name"));
                municipalities.put(m.code(), m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reference/municipalities.csv cannot be read", e);
        }
        Map<String, County> countyMap = new TreeMap<>();
        municipalities.values().forEach(m -> countyMap.merge(m.countyCode(),
                new County(m.countyCode(), m.countyName(), 1),
                (a, b) -> new County(a.code(), a.name(), a.municipalityCount() + 1)));
        this.byCode = Collections.unmodifiableMap(municipalities);
        this.counties = Collections.unmodifiableMap(countyMap);
    }

    public Optional<Municipality> municipality(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public boolean isMunicipality(String code) {
        return code != null && byCode.containsKey(code);
    }

    public boolean isCounty(String code) {
        return code != null && counties.containsKey(code);
    }

    public Optional<County> county(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(counties.get(code));
    }

    public List<County> counties() {
        return List.copyOf(counties.values());
    }

    public List<Municipality> municipalities(String countyCode) {
        List<Municipality> result = new ArrayList<>();
        for (Municipality m : byCode.values()) {
            if (countyCode == null || m.countyCode().equals(countyCode)) {
                result.add(m);
            }
        }
        result.sort(Comparator.comparing(Municipality::code));
        return result;
    }
}
