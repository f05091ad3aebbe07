package vn.nq57.loader.read.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;
import vn.nq57.loader.ParsedDocument;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.reference.Reference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A web page's footnote marks ({@code <sup>1</sup>}) stay marks, never digits joined to the figures before them;
 * its footnote is quoted from its own mark; a {@code <br>} in a table cell is a line break inside the cell.
 */
class HtmlFootnotesAndBreaksTest {
    private static final String PAGE = """
            <html><body>
            <table><tr><td>ỦY BAN NHÂN DÂN<br>XÃ LÂM SƠN<br>Số: 19/KH-UBND</td>
            <td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Lâm Sơn, ngày 11 tháng 5 năm 2026</td></tr></table>
            <p><b>KẾ HOẠCH</b></p><p><b>Chuyển đổi số trên địa bàn xã Lâm Sơn năm 2026</b></p>
            <p>Thực hiện Kế hoạch số 55/KH-UBND ngày 14/03/2026<sup>2</sup> của UBND tỉnh Thanh Hóa, UBND xã Lâm Sơn ban hành Kế hoạch như sau:</p>
            <table border="1">
            <tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời gian thực hiện</th></tr>
            <tr><td>1</td><td>Số hóa hồ sơ hộ tịch</td><td>Công an xã</td><td>Văn phòng HĐND và UBND xã<br>Các thôn, bản</td><td>Tháng 10/2026</td></tr>
            </table>
            <p><sup>2</sup> Kế hoạch số 55/KH-UBND thay thế Kế hoạch số 08/KH-UBND ngày 20/01/2025 của UBND tỉnh Thanh Hóa.</p>
            </body></html>
            """;

    private static SourceText read() throws Exception {
        return HtmlReader.read("p.html", "", PAGE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSuperscriptNumberIsAFootnoteMarkNotADigitOfTheYear() throws Exception {
        List<String> lines = read().lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("ngày 14/03/2026² của")), String.join("\n", lines));
        assertTrue(lines.contains("² Kế hoạch số 55/KH-UBND thay thế Kế hoạch số 08/KH-UBND ngày 20/01/2025 của UBND tỉnh Thanh Hóa."),
                String.join("\n", lines));
    }

    @Test
    void aBreakInACellStaysInsideTheCellAsALineBreak() throws Exception {
        List<String> lines = read().lines();
        assertTrue(lines.contains("1\tSố hóa hồ sơ hộ tịch\tCông an xã\tVăn phòng HĐND và UBND xã<br>Các thôn, bản\tTháng 10/2026"),
                String.join("\n", lines));
    }

    @Test
    void theCitedPlanKeepsItsDateAndTheFootnoteIsQuotedFromItsMark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-19.html");
        Files.writeString(file, PAGE);
        ParsedDocument d = new Loader().parse(List.of(file)).documents().getFirst();
        Reference applied = d.references().stream()
                .filter(r -> r.number() != null && r.number().canonical().equals("55/KH-UBND")
                        && r.relation() == vn.nq57.loader.reference.Relation.APPLIES).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 14), applied.date(), applied.toString());
        Reference replaced = d.references().stream().flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r),
                        r.basis().stream()))
                .filter(r -> r.number() != null && r.number().canonical().equals("08/KH-UBND")).findFirst().orElseThrow();
        assertTrue(replaced.quote().startsWith("² Kế hoạch số 55/KH-UBND"), replaced.quote());
    }
}
