package fr.paysdelaloire.emploiformation.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

    @ParameterizedTest
    @ValueSource(strings = { "01", "19", "21", "2A", "2B", "44", "49", "53", "72", "85", "95", "971", "974", "976" })
    void departmentsPass(String code) {
        assertTrue(DepartmentCode.isValid(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "00", "20", "96", "99", "975", "977", "2C", "4", "440", "2a", "REGION", " 44" })
    void notDepartmentsFail(String code) {
        assertFalse(DepartmentCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = { "44109", "49007", "53130", "72181", "85191", "01001", "2A004", "2B033", "97101", "97611", "95690" })
    void communeCodesPass(String code) {
        assertTrue(InseeCommuneCode.isValid(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "44000", "00100", "20004", "96001", "97500", "97100", "2C004", "4410", "441090", "4410A", "2a004" })
    void notCommuneCodesFail(String code) {
        assertFalse(InseeCommuneCode.isValid(code));
    }

    @Test
    void aCommuneKnowsItsDepartment() {
        assertEquals("44", InseeCommuneCode.departmentOf("44109"));
        assertEquals("2A", InseeCommuneCode.departmentOf("2A004"));
        assertEquals("974", InseeCommuneCode.departmentOf("97411"));
        assertThrows(IllegalArgumentException.class, () -> InseeCommuneCode.departmentOf("44000"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "A1101", "F1703", "N4101", "M1607" })
    void romeCodesPass(String code) {
        assertTrue(RomeCode.isValid(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "O1101", "Z1234", "f1703", "F170", "F17033", "F17O3", "1703F" })
    void notRomeCodesFail(String code) {
        assertFalse(RomeCode.isValid(code));
    }

    @Test
    void certificationCodes() {
        assertTrue(CertificationCode.isRncp("RNCP35185"));
        assertTrue(CertificationCode.isRncp("RNCP1"));
        assertFalse(CertificationCode.isRncp("RNCP035185"));
        assertFalse(CertificationCode.isRncp("RNCP"));
        assertFalse(CertificationCode.isRncp("RNCP1234567"));
        assertFalse(CertificationCode.isRncp("rncp35185"));
        assertTrue(CertificationCode.isSkillsBlock("RNCP35185BC02"));
        assertFalse(CertificationCode.isSkillsBlock("RNCP35185BC2"));
        assertFalse(CertificationCode.isSkillsBlock("RNCP35185"));
        assertTrue(CertificationCode.isRs("RS5460"));
        assertFalse(CertificationCode.isRs("RS"));
        assertFalse(CertificationCode.isRs("RS05460"));
        assertTrue(CertificationCode.isValid("RS5460"));
        assertTrue(CertificationCode.isValid("RNCP35185BC02"));
        assertFalse(CertificationCode.isValid("CQP123"));
        assertFalse(CertificationCode.isValid(null));
    }
}
