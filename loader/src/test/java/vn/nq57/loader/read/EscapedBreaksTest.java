package vn.nq57.loader.read;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.metadata.DocumentMetadata;
import vn.nq57.loader.metadata.MetadataExtractor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** A page saved as the JSON string it came in: its breaks are the escapes backslash-r-backslash-n. */
class EscapedBreaksTest {
    private static final String BS = "\\";
    private static final String CRLF = BS + "r" + BS + "n";

    private static SourceText read(String text) throws SourceException {
        return TextReader.read("t.txt", "", text.getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT);
    }

    @Test
    void escapedBreaksThatStandForTheTextsBreaksAreBreaks() throws SourceException {
        String page = CRLF + " ỦY BAN NHÂN DÂN | " + CRLF + " TỈNH CAO BẰNG " + CRLF + " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | " + CRLF + "\n"
                + CRLF + " Số: 88/KH-UBND " + CRLF + " | " + CRLF + " Cao Bằng, ngày 14 tháng 5 năm 2021 " + CRLF + "\n"
                + "KẾ HOẠCH" + CRLF + "Chuyển đổi số năm 2021" + CRLF + "Thực hiện Quyết định số 749/QĐ-TTg" + CRLF
                + "ngày 03/6/2020 của Thủ tướng Chính phủ." + BS + "tI. MỤC TIÊU" + CRLF + "1. Mục tiêu chung" + CRLF
                + "Đến năm 2025, 80% hồ sơ được xử lý trên môi trường mạng." + CRLF + "2. Mục tiêu cụ thể\n";
        SourceText src = read(page);
        assertTrue(src.lines().contains(" Số: 88/KH-UBND "), src.lines().toString());
        assertTrue(src.lines().contains("ngày 03/6/2020 của Thủ tướng Chính phủ.\tI. MỤC TIÊU"), "an escaped tab is a tab");
        int at = src.lines().indexOf(" Cao Bằng, ngày 14 tháng 5 năm 2021 ");
        assertEquals(2, src.origin(at + 1).line(), "the origin is the file line the text stands on");
        DocumentMetadata m = MetadataExtractor.extract(src);
        assertEquals("88/KH-UBND", m.number().canonical());
        assertEquals(LocalDate.of(2021, 5, 14), m.date());
        assertEquals("UBND tỉnh Cao Bằng", m.issuer());
    }

    @Test
    void aFewBackslashesInAnOrdinaryTextStay() throws SourceException {
        SourceText src = read("Đường dẫn C:" + BS + "nam" + BS + "ke-hoach.docx\nKẾ HOẠCH\nChuyển đổi số\n");
        assertEquals("Đường dẫn C:" + BS + "nam" + BS + "ke-hoach.docx", src.line(1));
    }
}
