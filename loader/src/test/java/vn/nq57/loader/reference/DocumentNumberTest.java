package vn.nq57.loader.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DocumentNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            57-NQ/TW          | 57-NQ/TW       | 57  | NQ  | TW      |      | true
            57 -NQ/TW         | 57-NQ/TW       | 57  | NQ  | TW      |      | true
            57- NQ/TW         | 57-NQ/TW       | 57  | NQ  | TW      |      | true
            06 - TB/CQTTBCĐ   | 06-TB/CQTTBCĐ  | 06  | TB  | CQTTBCĐ |      | true
            57-NQ/TWcủa Bộ    | 57-NQ/TW       | 57  | NQ  | TW      |      | true
            92/KH-UBND        | 92/KH-UBND     | 92  | KH  | UBND    |      | false
            36-CTr/HU         | 36-CTr/HU      | 36  | CTr | HU      |      | true
            22-ĐA/TU          | 22-ĐA/TU       | 22  | ĐA  | TU      |      | true
            877/QĐ-BTP        | 877/QĐ-BTP     | 877 | QĐ  | BTP     |      | false
            193/2025/QH15     | 193/2025/QH15  | 193 |     | QH15    | 2025 | false
            180/2025/NĐ-CP    | 180/2025/NĐ-CP | 180 | NĐ  | CP      | 2025 | false
            8002/BKHCN-VP     | 8002/BKHCN-VP  | 8002|     | BKHCN-VP|      | false
            30c/NQ-CP         | 30c/NQ-CP      | 30c | NQ  | CP      |      | false
            số 12a-KH/TU ngày | 12a-KH/TU      | 12a | KH  | TU      |      | true
            139/CĐ- ~TTg      | 139/CĐ-TTg     | 139 | CĐ  | TTg     |      | false
            1468/QĐĐ-BTP      | 1468/QĐ-BTP    | 1468| QĐ  | BTP     |      | false
            107/2021/NĐ-Chính phủ của Chính phủ | 107/2021/NĐ-CP | 107 | NĐ | CP | 2021 | false
            108/2021/NĐ-CHÍNH PHỦ               | 108/2021/NĐ-CP | 108 | NĐ | CP | 2021 | false
            749/QĐ-Thủ tướng Chính phủ          | 749/QĐ-TTg     | 749 | QĐ | TTg |     | false
            """)
    void parsesEveryForm(String text, String canonical, String number, String kind, String issuer, String year, boolean party) {
        DocumentNumber n = DocumentNumber.parse(text).orElseThrow();
        assertEquals(canonical, n.canonical());
        assertEquals(number, n.number());
        assertEquals(kind, n.kindCode());
        assertEquals(issuer, n.issuerCode());
        assertEquals(year, n.year());
        assertEquals(party, n.partyStyle());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            03/NQ-CP      | 03-NQ/CP
            02-KH/BCĐTW   | 02/KH-BCĐTW
            57-NQ/TW      | 57 -NQ/TW
            57-NQ/TW      | 057-NQ/TW
            3/NQ-CP       | 03/NQ-CP
            """)
    void variantsShareAKey(String a, String b) {
        assertEquals(DocumentNumber.parse(a).orElseThrow().key(), DocumentNumber.parse(b).orElseThrow().key());
    }

    @Test
    void differentIssuersOrYearsDiffer() {
        assertNotEquals(key("02-KH/BCĐ"), key("02-KH/BCĐTW"));
        assertNotEquals(key("180/2025/NĐ-CP"), key("180/2024/NĐ-CP"));
        assertNotEquals(key("57-NQ/TW"), key("57/2014/QH13"));
    }

    private static String key(String s) { return DocumentNumber.parse(s).orElseThrow().key(); }

    @Test
    void brokenAcrossLines() {
        List<DocumentNumber.Found> found = DocumentNumber.findAll("Kế hoạch số 02-\nKH/BCĐTW và Nghị quyết số 57 -\n\nNQ/TW ngày");
        assertEquals(List.of("02-KH/BCĐTW", "57-NQ/TW"), found.stream().map(f -> f.number().canonical()).toList());
        assertEquals("02-\nKH/BCĐTW", found.getFirst().raw());
        assertEquals(12, found.getFirst().start());
    }

    @Test
    void blankDraftNumbersKeepKindAndIssuer() {
        for (String s : List.of("Số: /KH-UBND", "Số:         /KH-UBND", "Kèm theo Kế hoạch         /KH-UBND ngày")) {
            DocumentNumber n = DocumentNumber.parse(s).orElseThrow();
            assertNull(n.number(), s);
            assertTrue(n.blank());
            assertEquals("KH", n.kindCode());
            assertEquals("UBND", n.issuerCode());
            assertNull(n.key());
        }
    }

    @Test
    void datesAndRangesAreNotNumbers() {
        assertTrue(DocumentNumber.findAll("ngày 22/12/2024, giai đoạn 2026-2030, quý III/2025, ngày / /2026").isEmpty());
    }

    @Test
    void threePartNumberIsNotItsTail() {
        List<DocumentNumber.Found> found = DocumentNumber.findAll("Nghị quyết số 193/2025/QH15 và Luật số 57/2014/QH13");
        assertEquals(List.of("193/2025/QH15", "57/2014/QH13"), found.stream().map(f -> f.number().canonical()).toList());
    }

    @Test
    void aNumberIsFoundWhereverItStartsAndNowhereElse() {
        // findAll tries the pattern only at a digit or a slash: a blank number at the very start of the text or after
        // ":" or "(", a number right after "(", a number glued to a longer serial, and a slash after a letter
        String text = "/KH-UBND đầu dòng; Số:/QĐ-UBND; (57-NQ/TW), 12/2025/NĐ-CP và 1234567/KH-UBND; x/KH-UBND 5/KH-UBND";
        List<DocumentNumber.Found> found = DocumentNumber.findAll(text);
        assertEquals(List.of("/KH-UBND", "/QĐ-UBND", "57-NQ/TW", "12/2025/NĐ-CP", "5/KH-UBND"),
                found.stream().map(DocumentNumber.Found::raw).toList());
        assertEquals(List.of(0, 22, 33, 44, text.length() - 9), found.stream().map(DocumentNumber.Found::start).toList());
        assertTrue(DocumentNumber.findAll("Kế hoạch không số, không gạch chéo").isEmpty());
    }

    /** The Government or the Prime Minister written out where the code belongs is that code, across a line break too;
     * "Chính phủ" after a complete number is not part of it. */
    @Test
    void anIssuerWrittenOutIsItsCode() {
        assertEquals("19/CT-TTg", DocumentNumber.parse("Chỉ thị số 19/CT-Thủ\ntướng ngày 16/7").orElseThrow().canonical());
        assertEquals("03/NQ-CP", DocumentNumber.parse("Nghị quyết số 03/NQ-CP Chính phủ").orElseThrow().canonical());
        assertEquals("57-NQ/TW", DocumentNumber.parse("Nghị quyết số 57-NQ/TW Chính phủ").orElseThrow().canonical());
        assertEquals(DocumentNumber.parse("107/2021/NĐ-CP").orElseThrow().key(),
                DocumentNumber.parse("107/2021/NĐ-Chính phủ").orElseThrow().key());
    }

    /** A title in capitals prints the Prime Minister's code "TTG": the number is written as the code is, "TTg". */
    @Test
    void anIssuerCodeInCapitalsKeepsItsUsualSpelling() {
        assertEquals("19/CT-TTg", DocumentNumber.parse("THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7").orElseThrow().canonical());
        assertEquals("749/QĐ-TTg", DocumentNumber.parse("QUYẾT ĐỊNH SỐ 749/QĐ-TTG").orElseThrow().canonical());
        assertEquals("95-CTr/TU", DocumentNumber.parse("CHƯƠNG TRÌNH SỐ 95-CTR/TU").orElseThrow().canonical());
        assertEquals("1709/BKHCN-CĐSQG", DocumentNumber.parse("Văn bản số 1709/BKHCN-CĐSQG").orElseThrow().canonical());
        assertEquals(DocumentNumber.parse("19/CT-TTg").orElseThrow().key(), DocumentNumber.parse("19/CT-TTG").orElseThrow().key());
    }
}
