package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The Airflow 3 DAG, parsed by python3's {@code ast}: its schedule, tasks, order, commands and skip code. */
class AirflowDagTest {
    @Test
    void theDagIsWrittenForAirflow3() throws Exception {
        AirflowDag dag = AirflowDag.read();
        JsonNode imports = dag.parsed.path("imports");
        assertTrue(imports.toString().contains("from airflow.providers.standard.operators.bash import BashOperator"),
                imports.toString());
        JsonNode args = dag.parsed.path("dag");
        assertEquals("imon_nightly", args.path("dag_id").asText());
        assertEquals("0 2 * * *", args.path("schedule").asText(), "02:00 every night");
        assertEquals("pendulum.datetime(2026, 1, 1, tz=TIMEZONE)", args.path("start_date").path("expr").asText());
        assertEquals("Asia/Shanghai", dag.parsed.path("constants").path("TIMEZONE").asText(),
                "the cron is read in the start date's time zone");
        assertFalse(args.path("catchup").asBoolean(true));
        assertTrue(args.path("default_args").path("expr").asText().matches(".*'retries': [1-9].*'retry_delay': timedelta.*"),
                args.path("default_args").toString());
        assertFalse(args.has("schedule_interval"));

        String source = Files.readString(AirflowDag.FILE, StandardCharsets.UTF_8);
        for (String gone : new String[] {"schedule_interval", "{{ ds }}", "execution_date", "prev_ds", "next_ds"}) {
            assertFalse(source.contains(gone), gone + " is Airflow 2");
        }
    }

    @Test
    void oneNightlyTaskThenStatusWhateverHappened() throws Exception {
        AirflowDag dag = AirflowDag.read();
        assertEquals(List.of("imon_nightly", "imon_status"), dag.taskOrder());

        JsonNode nightly = dag.task("imon_nightly");
        assertEquals(99, nightly.path("skip_on_exit_code").asInt(), "imon's 'nothing new' skips the task");
        assertTrue(nightly.path("bash_command").asText().contains("exec \"$imon\" nightly --ds "
                + "{{ dag_run.run_after.in_timezone('Asia/Shanghai').strftime('%Y-%m-%d') }}"),
                nightly.path("bash_command").asText());
        JsonNode status = dag.task("imon_status");
        assertEquals("all_done", status.path("trigger_rule").asText(), "status runs after a skipped or failed night");
        assertTrue(status.path("bash_command").asText().endsWith("exec \"$imon\" status\n"));

        for (JsonNode task : dag.parsed.path("tasks")) {
            String command = task.path("bash_command").asText();
            assertTrue(command.contains("{{ var.value.get('imon_bin', '') }}") && command.contains("${IMON_BIN:-imon}"),
                    "the installation comes from a Variable or the environment: " + command);
            assertTrue(command.contains("{{ var.value.get('imon_home', '') }}") && command.contains("${IMON_HOME:?"),
                    "the home comes from a Variable or the environment: " + command);
            assertFalse(command.matches("(?s).*(/opt/|/srv/|/home/|/usr/).*"), "nothing hard-coded: " + command);
        }
    }

    @Test
    void withoutAHomeTheTaskFailsAndSaysWhatToSet() throws Exception {
        String command = AirflowDag.render(AirflowDag.read().task("imon_nightly").path("bash_command").asText(),
                Map.of(), ZonedDateTime.parse("2024-06-10T02:00+08:00[Asia/Shanghai]"));
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
        bash.environment().remove("IMON_HOME");
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor());
        assertTrue(output.contains("set the Airflow Variable imon_home"), output);
    }
}
