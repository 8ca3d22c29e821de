package org.imon.etl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodeTest {
    @Test
    void acceptsAPublishedExample() {
        // The example printed in GB 32100-2015's explanatory material.
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void rejectsAWrongCheckCharacterLengthOrAlphabet() {
        assertFalse(CreditCode.isValid("91350100M000100Y44"));
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
        // I, O, S, V and Z are not in the alphabet.
        assertFalse(CreditCode.isValid("91350100M000100I43"));
        assertFalse(CreditCode.isValid(null));
    }
}
