"""imon's nightly schedule for Airflow 3.

Two tasks: ``imon_nightly`` runs ``imon nightly`` at 02:00 in the city's time zone, then
``imon_status`` prints ``imon status`` into the task log whatever the night did, so the morning's
first look is in Airflow.

Why one ``nightly`` task and not one task per step (load, build, reports, deliver): ``imon nightly``
decides every step from the state of the home (what the current snapshot was built from, which
periods' reports are out of date), and holds the home's lock for the whole night. With one task per
step, a night whose build failed would be followed by a night whose load finds nothing new and
returns 99, and Airflow would skip the build that is still owed. The separate commands keep the
same exit codes for a city that wants a task per step.

Exit codes: 0 work done; 99 nothing new (the task is skipped, and so the run is not a failure);
3 the data-quality gate failed (summary in the task log); 1 failure; 2 usage error.

Configuration, never written here: the Airflow Variables ``imon_bin`` (the installation's
``bin/imon``) and ``imon_home`` (the home folder). When a Variable is not set the worker's
environment variables ``IMON_BIN`` and ``IMON_HOME`` are used.
"""

from datetime import timedelta

import pendulum
from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import DAG

TIMEZONE = "Asia/Shanghai"

# The night's date in the city's clock. In Airflow 3 the logical date of a cron schedule is the
# trigger time (not the start of the previous interval, as in Airflow 2), and a manually triggered
# run may have none; the trigger time of the run itself is always there.
NIGHT = "{{ dag_run.run_after.in_timezone('Asia/Shanghai').strftime('%Y-%m-%d') }}"

# Where imon is and which home it works on: Airflow Variables first, then the environment.
SETUP = (
    "set -eu\n"
    "imon=\"{{ var.value.get('imon_bin', '') }}\"\n"
    "imon=\"${imon:-${IMON_BIN:-imon}}\"\n"
    "home=\"{{ var.value.get('imon_home', '') }}\"\n"
    "export IMON_HOME=\"${home:-${IMON_HOME:?set the Airflow Variable imon_home or the environment variable IMON_HOME}}\"\n"
)

# imon's "nothing new to do"; also BashOperator's default, written out so that it is seen.
NOTHING_NEW = 99

with DAG(
    dag_id="imon_nightly",
    description="工业经济运行监测：每晚装载、生成数据仓库、生成并报送报告",
    schedule="0 2 * * *",
    start_date=pendulum.datetime(2026, 1, 1, tz=TIMEZONE),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=15)},
    tags=["imon"],
) as dag:
    nightly = BashOperator(
        task_id="imon_nightly",
        bash_command=SETUP + "exec \"$imon\" nightly --ds " + NIGHT + "\n",
        skip_on_exit_code=NOTHING_NEW,
    )
    status = BashOperator(
        task_id="imon_status",
        bash_command=SETUP + "exec \"$imon\" status\n",
        trigger_rule="all_done",
        retries=0,
    )
    nightly >> status
