package org.imon.etl.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;

import scala.jdk.javaapi.CollectionConverters;

/**
 * Where a load's seconds go: each named step of the load, the wall time from its start to the next
 * step's, and the Spark jobs it ran with their durations. Switched on with
 * {@code -Dimon.load.jobTimings=true} (for example through {@code IMON_JAVA_OPTS}); printed to
 * standard error when the load ends. Steps that run no Spark job are counted in the step before.
 */
final class JobTimings extends SparkListener {
    static final String SWITCH = "imon.load.jobTimings";
    private static final String DESCRIPTION = "spark.job.description";
    private static final String STEP_STARTED = "imon.step.started";

    private record Job(int id, String step, long stepStartedMs, String stage, long startedMs, long endedMs) {
    }

    private final long attachedMs = System.currentTimeMillis();
    private final Map<Integer, Job> running = new LinkedHashMap<>();
    private final List<Job> finished = new ArrayList<>();

    /** Names the Spark jobs that follow for the step of the load that runs them, and notes when it began. */
    static void step(SparkSession spark, String name) {
        spark.sparkContext().setJobDescription(name);
        spark.sparkContext().setLocalProperty(STEP_STARTED, Long.toString(System.currentTimeMillis()));
    }

    /** Listens to the session's jobs when the switch is on; otherwise null. */
    static JobTimings attachIfWanted(SparkSession spark) {
        if (!Boolean.getBoolean(SWITCH)) {
            return null;
        }
        JobTimings timings = new JobTimings();
        spark.sparkContext().addSparkListener(timings);
        return timings;
    }

    @Override
    public synchronized void onJobStart(SparkListenerJobStart start) {
        String step = start.properties() == null ? null : start.properties().getProperty(DESCRIPTION);
        String stepStarted = start.properties() == null ? null : start.properties().getProperty(STEP_STARTED);
        String stage = CollectionConverters.asJava(start.stageInfos()).stream()
                .max(Comparator.comparingInt(StageInfo::stageId)).map(StageInfo::name).orElse("");
        running.put(start.jobId(), new Job(start.jobId(), step == null ? "(unnamed)" : step,
                stepStarted == null ? start.time() : Long.parseLong(stepStarted), stage, start.time(), 0));
    }

    @Override
    public synchronized void onJobEnd(SparkListenerJobEnd end) {
        Job job = running.remove(end.jobId());
        if (job != null) {
            finished.add(new Job(job.id(), job.step(), job.stepStartedMs(), job.stage(), job.startedMs(), end.time()));
        }
    }

    /** Prints one line per step, then the totals. */
    synchronized void print(SparkSession spark, PrintStream out) {
        spark.sparkContext().removeSparkListener(this);
        long ended = System.currentTimeMillis();
        Map<Long, List<Job>> steps = new LinkedHashMap<>();
        finished.stream().sorted(Comparator.comparingLong(Job::stepStartedMs).thenComparingInt(Job::id))
                .forEach(j -> steps.computeIfAbsent(j.stepStartedMs(), k -> new ArrayList<>()).add(j));
        List<Long> starts = new ArrayList<>(steps.keySet());
        out.printf("%8s %8s %5s %8s  %s%n", "at ms", "wall ms", "jobs", "job ms", "step");
        if (!starts.isEmpty()) {
            out.printf("%8d %8d %5d %8d  %s%n", 0, starts.get(0) - attachedMs, 0, 0, "(before the first step)");
        }
        long jobMs = 0;
        for (int i = 0; i < starts.size(); i++) {
            List<Job> jobs = steps.get(starts.get(i));
            long next = i + 1 < starts.size() ? starts.get(i + 1) : ended;
            long ms = jobs.stream().mapToLong(j -> j.endedMs() - j.startedMs()).sum();
            jobMs += ms;
            out.printf("%8d %8d %5d %8d  %s%n", starts.get(i) - attachedMs, next - starts.get(i), jobs.size(), ms,
                    jobs.get(0).step());
        }
        out.printf("spark jobs: %d, %d ms in jobs; the load took %d ms%n", finished.size(), jobMs, ended - attachedMs);
    }
}
