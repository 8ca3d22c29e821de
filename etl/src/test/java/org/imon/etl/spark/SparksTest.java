package org.imon.etl.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SparksTest {
    @Test
    void onlyLocalMastersRunWithoutShippingJars() {
        assertTrue(Sparks.isLocal("local"));
        assertTrue(Sparks.isLocal("local[*]"));
        assertTrue(Sparks.isLocal("local[2]"));
        assertFalse(Sparks.isLocal("spark://127.0.0.1:7077"));
        assertFalse(Sparks.isLocal("localhost"));
    }

    /** Tests run from target/classes: a cluster load from there cannot ship its code, and says so. */
    @Test
    void aClusterLoadFromUnpackagedClassesAsksForThePackage() {
        IllegalStateException e = assertThrows(IllegalStateException.class, Sparks::loadJars);
        assertTrue(e.getMessage().contains("mvn -B -DskipTests package"), e.getMessage());
        assertTrue(e.getMessage().contains("target/classes"), e.getMessage());
    }
}
