package vn.nq57.loader.metadata;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Dates as documents print them, blanks and a scan's misreadings included. */
class PartialDateTest {

    @Test
    void aDayWrittenByHandOverTheBlankLeavesTheMonthAndYear() {
        // a signed scan: the day written into the blank is read as odd letters that took the "t" of "tháng"
        assertEquals(new PartialDate(null, 4, 2025), PartialDate.find("Hà Nội, ngày âŸháng 4 năm 2025").orElseThrow());
        assertEquals(new PartialDate(null, 11, 2024), PartialDate.find("Huế, ngày ư  tháng 11 năm 2024").orElseThrow());
    }

    @Test
    void printedDatesAndBlanksReadAsBefore() {
        assertEquals(new PartialDate(3, 3, 2025), PartialDate.find("Hà Nội, ngày 03 tháng 3 năm 2025").orElseThrow());
        assertEquals(new PartialDate(null, 3, 2026), PartialDate.find("ngày   tháng 3 năm 2026").orElseThrow());
        assertEquals(new PartialDate(null, 5, 2024), PartialDate.find("ngày(tháng 5 năm 2024").orElseThrow());
        assertEquals(new PartialDate(28, 4, 2026), PartialDate.find("ngày 28/4/2026").orElseThrow());
        // words that only look like a date's are none: a digit or a slash where the day's marks would be
        assertTrue(PartialDate.find("ngày 3x háng 4 năm 2025").isEmpty());
    }

    @Test
    void figuresJoinedByDashesOrDots() {
        assertEquals(new PartialDate(5, 3, 2026), PartialDate.find("An Khê, ngày 05-3-2026").orElseThrow());
        assertEquals(new PartialDate(5, 3, 2026), PartialDate.find("ngày 05.3.2026 của UBND").orElseThrow());
        assertTrue(PartialDate.find("ngày 05-3").isEmpty());
    }
}
