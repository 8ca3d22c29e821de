package org.imon.etl.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.imon.etl.feed.FeedSpec;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Cluster;
import org.imon.warehouse.profile.Region;

/**
 * The development and reform commission's key project ledger: the profile's number of projects of
 * 1亿元 or more signed each year ({@code sample.projects.per.year}), each taking one to three years from
 * signing to capacity, so that Xuchang's 45 a year make about 120 on a year's ledger, investing some
 * 300亿元 between them. Some invest behind plan.
 */
final class ProjectLedger {
    private static final String[] KINDS = {"智能制造产业园", "技术改造", "扩能", "新建生产线", "研发及产业化", "绿色化改造"};

    private final Path landingRoot;
    private final CityProfile profile;
    private final List<SampleProject> projects = new ArrayList<>();

    ProjectLedger(Path landingRoot, CityProfile profile, SampleOptions options, IndustryMix mix) {
        this.landingRoot = landingRoot;
        this.profile = profile;
        Random random = new Random(options.seed() * 17 + 5);
        EnterpriseNames names = new EnterpriseNames(random);
        List<Region> regions = profile.currentRegions();
        double mixRevenue = mix.rows().stream().mapToDouble(IndustryMix.Row::revenue2015Yi).sum();
        int perYear = profile.sampleScale().projectsPerYear();
        for (int year = options.firstYear() - 2; year <= options.lastYear(); year++) {
            for (int i = 1; i <= perYear; i++) {
                IndustryMix.Row row = pick(mix, mixRevenue, random);
                String industry = row.classes().get(random.nextInt(row.classes().size()));
                Region region = regions.get(random.nextInt(regions.size()));
                int sign = random.nextInt(12);
                int start = sign + 1 + random.nextInt(4);
                int production = start + 10 + random.nextInt(18);
                int capacity = production + 6 + random.nextInt(7);
                double total = Math.max(10_000, 55_000 * Math.exp(random.nextGaussian() * 0.7));
                double pace = random.nextDouble() < 0.2 ? 0.55 + random.nextDouble() * 0.3 : 0.95 + random.nextDouble() * 0.1;
                String place = region.kind().startsWith("county") ? region.name().substring(0, region.name().length() - 1)
                        : profile.cityName().substring(0, profile.cityName().length() - 1);
                String company = names.next(place, industry.substring(0, 2)).replaceAll("(股份)?有限(责任)?公司$", "");
                String name = company + KINDS[random.nextInt(KINDS.length)] + "项目";
                String cluster = profile.clusters().stream().filter(c -> c.coversIndustry(industry))
                        .map(Cluster::name).findFirst().orElse("");
                projects.add(new SampleProject(String.format("XM%d%03d", year, i), name, region.code(), industry,
                        cluster, year, sign, start, production, capacity, total, pace,
                        total * (0.8 + random.nextDouble() * 0.8)));
            }
        }
    }

    void writeYear(int year, int lastPeriod) throws IOException {
        FeedSpec feed = FeedSpec.load("projects");
        for (int p = 2; p <= lastPeriod; p++) {
            ReportingPeriod period = new ReportingPeriod(year, p);
            Path file = landingRoot.resolve(feed.name()).resolve(period.toString()).resolve(period.label() + "重点项目台账");
            try (TableWriter w = TableWriter.open(file, TableWriter.Format.CSV_UTF8_BOM, "", feed.writtenHeaders("万元"))) {
                for (SampleProject project : projects) {
                    List<String> row = row(project, year, p);
                    if (row != null) {
                        w.row(row);
                    }
                }
            }
        }
    }

    /** The project's ledger line at the end of 1-p月, or null when it is not on the ledger then. */
    private List<String> row(SampleProject project, int year, int period) {
        int now = project.monthIndex(year, period);
        if (!project.onLedger(year) || project.status(now) == null) {
            return null;
        }
        int january = project.monthIndex(year, 1);
        long ytd = 0;
        long plan = 0;
        long newOutput = 0;
        for (int m = january; m < january + 12; m++) {
            plan += Math.round(project.plannedInvestment(m) * 10);
            if (m <= now) {
                ytd += project.investment(m);
                newOutput += project.newOutput(m);
            }
        }
        long sinceStart = 0;
        for (int m = 0; m <= now; m++) {
            sinceStart += project.investment(m);
        }
        return List.of(project.id(), project.name(), profile.codeIn(project.currentRegion(), year).orElseThrow(),
                project.industryCode(), project.clusterName(), Amounts.tenths(project.totalWan()),
                Amounts.tenths(Math.round(plan * 1.1)), Amounts.tenths(project.investment(now)), Amounts.tenths(ytd),
                Amounts.tenths(sinceStart), project.status(now), yearMonth(project, project.startMonth()),
                yearMonth(project, project.productionMonth()), newOutput == 0 ? "" : Amounts.tenths(newOutput));
    }

    private static String yearMonth(SampleProject p, int month) {
        return String.format("%d-%02d", p.signYear() + month / 12, month % 12 + 1);
    }

    private static IndustryMix.Row pick(IndustryMix mix, double total, Random random) {
        double x = random.nextDouble() * total;
        for (IndustryMix.Row row : mix.rows()) {
            x -= row.revenue2015Yi();
            if (x < 0) {
                return row;
            }
        }
        return mix.rows().get(mix.rows().size() - 1);
    }
}
