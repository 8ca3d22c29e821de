package org.imon.etl.load;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

import org.imon.warehouse.ParquetFolders;

/**
 * A table's row count from its Parquet files' footers: no Spark job and no data page read, so
 * counting a table costs the same whatever its size.
 */
final class ParquetRowCount {
    private static final Configuration HADOOP = new Configuration();
    /** Read options of their own would build a new Hadoop configuration, parsing its XML, per file. */
    private static final ParquetReadOptions OPTIONS = HadoopReadOptions.builder(HADOOP).build();

    private ParquetRowCount() {
    }

    /** The rows of every committed Parquet file under the table's folder. */
    static long of(Path tableDir) throws IOException {
        long rows = 0;
        for (Path file : ParquetFolders.committedFiles(tableDir)) {
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                    new org.apache.hadoop.fs.Path(file.toUri()), HADOOP), OPTIONS)) {
                rows += reader.getRecordCount();
            }
        }
        return rows;
    }
}
