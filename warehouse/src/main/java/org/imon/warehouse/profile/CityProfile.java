package org.imon.warehouse.profile;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.imon.warehouse.Resources;
import org.imon.warehouse.reference.CsvRecords;

/**
 * A city's configuration: its name, who issues its circulars, its regions with their history, its
 * industry clusters, the industries it watches monthly and how the nightly schedule judges its data.
 * Profiles live in {@code profiles/<id>/}; Xuchang is the built-in default.
 */
public record CityProfile(String id, String cityCode, String cityName, String provinceName, String issuingBody,
        List<Region> regions, List<Cluster> clusters, List<String> watchedIndustries, List<String> peerCities,
        List<PeerGroup> peerGroups, Schedule schedule) {

    public static final String DEFAULT_ID = "xuchang";

    public static CityProfile load(String id) {
        String dir = "profiles/" + id + "/";
        if (!Resources.exists(dir + "profile.properties")) {
            throw new IllegalArgumentException("未找到城市配置: " + id);
        }
        Properties p = properties(id);
        List<Region> regions = CsvRecords.read(dir + "regions.csv").stream().map(CityProfile::region).toList();
        List<Cluster> clusters = CsvRecords.read(dir + "clusters.csv").stream().map(CityProfile::cluster).toList();
        List<String> watched = CsvRecords.read(dir + "watched_industries.csv").stream()
                .map(r -> r.get("industry_code")).toList();
        List<String> peers = List.of(p.getProperty("peer.cities", "").split(",")).stream()
                .map(String::trim).filter(c -> !c.isEmpty()).toList();
        String cityName = required(p, "city.name");
        return new CityProfile(id, required(p, "city.code"), cityName, required(p, "province.name"),
                required(p, "issuing.body"), regions, clusters, watched, peers,
                peerGroups(dir + "peer_groups.csv", cityName, peers), schedule(p));
    }

    /** Every member city of the peer groups, each once, in the profile's order. */
    public List<String> peerGroupMembers() {
        return peerGroups.stream().flatMap(g -> g.members().stream()).distinct().toList();
    }

    /**
     * The neighbours of {@code peer.cities} as the group {@code neighbours} (周边地市), then the groups of
     * {@code peer_groups.csv} (optional) in its order; a group naming the city itself is refused.
     */
    private static List<PeerGroup> peerGroups(String file, String cityName, List<String> neighbours) {
        Map<String, PeerGroup> groups = new LinkedHashMap<>();
        if (!neighbours.isEmpty()) {
            groups.put(PeerGroup.NEIGHBOURS, new PeerGroup(PeerGroup.NEIGHBOURS, "周边地市", neighbours));
        }
        if (Resources.exists(file)) {
            Map<String, List<String>> members = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (CsvRecords.Row row : CsvRecords.readRows(file)) {
                Map<String, String> r = row.fields();
                String member = r.get("member").trim();
                if (member.equals(cityName)) {
                    throw new IllegalStateException(file + " 第" + row.line() + "行 member 列: " + member
                            + " 是本市，本市不列为对标城市");
                }
                names.putIfAbsent(r.get("group_code"), r.get("group_name"));
                members.computeIfAbsent(r.get("group_code"), g -> new ArrayList<>()).add(member);
            }
            members.forEach((code, list) -> groups.put(code, new PeerGroup(code, names.get(code), List.copyOf(list))));
        }
        return List.copyOf(groups.values());
    }

    public static CityProfile defaultProfile() {
        return load(DEFAULT_ID);
    }

    /**
     * The people who receive the reports by e-mail ({@code recipients.csv}), each row with its line
     * number so that delivery can name a bad row; empty when the city has no such file.
     */
    public List<CsvRecords.Row> recipientRows() {
        String file = recipientsFile();
        return Resources.exists(file) ? CsvRecords.readRows(file) : List.of();
    }

    /** The recipients file's resource path, for messages that name it. */
    public String recipientsFile() {
        return "profiles/" + id + "/recipients.csv";
    }

    /** Who hears about a delivery that did not reach everyone ({@code delivery.operators}). */
    public Optional<String> operatorsAddress() {
        return Optional.ofNullable(properties(id).getProperty("delivery.operators")).map(String::trim)
                .filter(a -> !a.isEmpty());
    }

    /**
     * What the circular calls the peer cities it ranks the city among ({@code peer.cities.term}):
     * Henan's 省辖市, or 周边地市 when the peers cross a provincial border.
     */
    public String peerCitiesTerm() {
        return required(properties(id), "peer.cities.term");
    }

    /** How big the sample city is drawn ({@code sample.enterprises}, {@code sample.projects.per.year}). */
    public SampleScale sampleScale() {
        Properties p = properties(id);
        return new SampleScale(Integer.parseInt(required(p, "sample.enterprises")),
                Integer.parseInt(required(p, "sample.projects.per.year")));
    }

    public Optional<Region> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The region a code stood for in a given year, if the code was in use then. */
    public Optional<Region> regionIn(String code, int year) {
        return region(code).filter(r -> r.validIn(year));
    }

    /** The region a code or a name (full or short) stood for in a given year, if it was in use then. */
    public Optional<Region> regionNamedIn(String codeOrName, int year) {
        return regions.stream().filter(r -> r.validIn(year) && (r.code().equals(codeOrName)
                || r.name().equals(codeOrName) || r.shortName().equals(codeOrName))).findFirst();
    }

    /** The code a region's figures are reported under today, following retired codes to their successor. */
    public String currentCode(Region region) {
        Region r = region;
        while (r.isRetired()) {
            r = region(r.successorCode()).orElseThrow(() -> new IllegalStateException(
                    "profile " + id + ": unknown successor code " + region.successorCode()));
        }
        return r.code();
    }

    /** The code under which a region (named by its code today) reported in a given year. */
    public Optional<String> codeIn(String currentCode, int year) {
        return regions.stream().filter(r -> r.validIn(year) && currentCode(r).equals(currentCode))
                .map(Region::code).findFirst();
    }

    /** The city itself as a reporting unit: its 6-digit code, e.g. 411000 for Xuchang's 4110. */
    public String cityRegionCode() {
        return cityCode + "00";
    }

    /** Regions in use today, in circular order. */
    public List<Region> currentRegions() {
        return regions.stream().filter(r -> !r.isRetired()).toList();
    }

    private static Properties properties(String id) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Resources.text("profiles/" + id + "/profile.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Region region(Map<String, String> r) {
        return new Region(r.get("region_code"), r.get("region_name"), r.get("short_name"), r.get("region_kind"),
                optionalInt(r.get("valid_from_year")), optionalInt(r.get("valid_to_year")),
                r.get("successor_code").isBlank() ? null : r.get("successor_code"),
                Integer.parseInt(r.get("sort_order")));
    }

    private static Cluster cluster(Map<String, String> r) {
        String rules = r.get("industry_rules");
        return new Cluster(r.get("cluster_code"), r.get("cluster_name"), optionalInt(r.get("target_tier_yi")),
                optionalInt(r.get("target_year")), rules.isBlank() ? List.of() : List.of(rules.split(";")));
    }

    private static Schedule schedule(Properties p) {
        return new Schedule(ZoneId.of(required(p, "schedule.time.zone")),
                List.of(required(p, "schedule.required.feeds").split(",")).stream().map(String::trim)
                        .filter(f -> !f.isEmpty()).toList(),
                Integer.parseInt(required(p, "schedule.due.day")),
                new BigDecimal(required(p, "schedule.quarantine.max.percent")));
    }

    private static Integer optionalInt(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s);
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("city profile is missing " + key);
        }
        return v.trim();
    }
}
