package org.imon.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.feed.FolderKind;
import org.imon.etl.landing.LandingFile;
import org.imon.etl.load.LandingInventory;
import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.Schedule;

/**
 * What has arrived (到报情况): each feed's files by folder, either as received in the landing folder or
 * as loaded into a snapshot. A period 1-N月 is complete (齐备) when every feed the city profile requires
 * has arrived for it: a year-to-date feed its {@code YYYY-MM} folder, a monthly feed the folders of
 * months 1 to N, a yearly feed its {@code YYYY} folder. A quarterly feed (the 产能利用率 survey) makes no
 * period of its own; were a city to require one, it would be required at the quarters' ends only
 * (1-3月 needs {@code YYYY-Q1}), and in no other month.
 */
final class Arrivals {
    private static final Map<String, FolderKind> KINDS = FeedSpec.ALL.stream()
            .collect(Collectors.toMap(feed -> feed, feed -> FeedSpec.load(feed).folder()));

    /** feed → folder name → "relative path \t sha256" of each file in it. */
    private final Map<String, Map<String, List<String>>> files = new TreeMap<>();

    private Arrivals() {
        FeedSpec.ALL.forEach(feed -> files.put(feed, new TreeMap<>()));
    }

    /** The files in the landing folder now, whether loaded or not. */
    static Arrivals received(HomeLayout home) throws IOException {
        Arrivals arrivals = new Arrivals();
        for (String feed : FeedSpec.ALL) {
            for (LandingFile f : LandingFile.list(home.landing(), FeedSpec.load(feed))) {
                arrivals.add(f.relative(), "");
            }
        }
        return arrivals;
    }

    /** The files a snapshot was built from; none when there is no snapshot yet. */
    static Arrivals loaded(Optional<Snapshot> snapshot) throws IOException {
        Arrivals arrivals = new Arrivals();
        LandingInventory.listed(snapshot.map(s -> s.dir().resolve(SnapshotStore.FILES)).orElse(null))
                .forEach(arrivals::add);
        return arrivals;
    }

    private void add(String relative, String sha256) {
        String[] parts = relative.split("/");
        if (parts.length == 3 && files.containsKey(parts[0])) {
            files.get(parts[0]).computeIfAbsent(parts[1], k -> new ArrayList<>()).add(relative + "\t" + sha256);
        }
    }

    /** The latest folder of a feed whose name fits it, e.g. {@code 2024-06} or {@code 2024}. */
    Optional<String> latestFolder(String feed) {
        FolderKind kind = kind(feed);
        return files.get(feed).keySet().stream().filter(name -> kind.parse(name) != null).max(Comparator.naturalOrder());
    }

    /** Every period for which at least one of the given feeds has a folder. */
    SortedSet<ReportingPeriod> periods(List<String> feeds) {
        SortedSet<ReportingPeriod> periods = new TreeSet<>();
        for (String feed : feeds) {
            FolderKind kind = kind(feed);
            for (String folder : files.get(feed).keySet()) {
                int[] p = kind.parse(folder);
                if (p != null && (kind == FolderKind.YTD_PERIOD || kind == FolderKind.MONTH) && p[1] >= 2) {
                    periods.add(new ReportingPeriod(p[0], p[1]));
                }
            }
        }
        return periods;
    }

    /** The required feeds that have not arrived for a period; empty when it is complete. */
    List<String> missing(ReportingPeriod period, Schedule schedule) {
        return schedule.requiredFeeds().stream()
                .filter(feed -> !folders(feed, period).stream().allMatch(files.get(feed)::containsKey)).toList();
    }

    /** The complete periods, oldest first. */
    List<ReportingPeriod> complete(Schedule schedule) {
        return periods(schedule.requiredFeeds()).stream().filter(p -> missing(p, schedule).isEmpty()).toList();
    }

    /**
     * A digest of the files of the required feeds that cover a period: when it changes (a correction,
     * a feed re-sent), the period's reports are out of date. Other feeds are left out: a yearly file
     * re-sent every month, such as the benchmarks, would otherwise re-render the whole year each time.
     */
    String fingerprint(ReportingPeriod period, Schedule schedule) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String feed : schedule.requiredFeeds()) {
                for (String folder : folders(feed, period)) {
                    for (String line : files.get(feed).getOrDefault(folder, List.of())) {
                        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FolderKind kind(String feed) {
        FolderKind kind = KINDS.get(feed);
        if (kind == null) {
            throw new IllegalStateException("城市配置 schedule.required.feeds 中有未知的数据来源: " + feed
                    + "（可用: " + String.join(",", FeedSpec.ALL) + "）");
        }
        return kind;
    }

    /** The folders of a feed that cover a period. */
    private static List<String> folders(String feed, ReportingPeriod period) {
        return switch (kind(feed)) {
            case YTD_PERIOD -> List.of(period.toString());
            case YEAR -> List.of(Integer.toString(period.year()));
            case QUARTER -> period.period() % 3 == 0 ? List.of(period.year() + "-Q" + period.period() / 3) : List.of();
            case MONTH -> {
                List<String> months = new ArrayList<>();
                for (int m = 1; m <= period.period(); m++) {
                    months.add(String.format("%d-%02d", period.year(), m));
                }
                yield months;
            }
        };
    }
}
