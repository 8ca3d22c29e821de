import java.nio.file.Path;

import org.imon.warehouse.WarehouseBuilder;

/**
 * What `imon build` does after the JVM has started: builds OUT from a snapshot of published Parquet
 * tables and the run ledger, replacing OUT if it exists. Prints the seconds taken.
 * Usage: java -cp 'orchestration/target/lib/*' bench/WarehouseBuild.java SNAPSHOT LEDGER OUT
 */
public class WarehouseBuild {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        new WarehouseBuilder(Path.of(args[0]), Path.of(args[1])).build(Path.of(args[2]));
        System.out.printf("%.2f%n", (System.nanoTime() - start) / 1e9);
    }
}
