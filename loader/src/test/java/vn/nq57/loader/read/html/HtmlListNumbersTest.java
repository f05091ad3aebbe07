package vn.nq57.loader.read.html;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.Loader;
import vn.nq57.loader.ParsedDocument;
import vn.nq57.loader.read.SourceText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A web page's numbered list prints its numbers only when rendered ({@code <ol type="a">}): the reader gives each item
 * the number a browser shows, as Word's automatic numbering is given as text, so lettered tasks keep their ordinals.
 */
class HtmlListNumbersTest {
    private static SourceText read(String html) throws Exception {
        return HtmlReader.read("p.html", "", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOrderedListsItemsCarryTheNumbersABrowserPrints() throws Exception {
        List<String> lines = read("""
                <html><body>
                <ol type="a"><li>Duy trì hệ thống</li><li>Triển khai họp không giấy</li></ol>
                <ol start="3"><li>Ba</li><li value="7">Bảy</li><li>Tám</li></ol>
                <ol type="I"><li>Một</li><li>Hai</li><li>Ba</li><li>Bốn</li></ol>
                <ol type="a"><li>a) Đã có chữ của mình</li></ol>
                <ul><li>Gạch đầu dòng</li></ul>
                </body></html>
                """).lines();
        assertEquals(List.of("a) Duy trì hệ thống", "b) Triển khai họp không giấy", "3. Ba", "7. Bảy", "8. Tám",
                "I. Một", "II. Hai", "III. Ba", "IV. Bốn", "a) Đã có chữ của mình", "Gạch đầu dòng"),
                lines.stream().filter(l -> !l.isBlank()).toList());
    }

    @Test
    void letteredTasksInAnOrderedListKeepTheirOrdinals() throws Exception {
        Path file = Files.createTempDirectory("nq57-ol-").resolve("ke-hoach-ol.html");
        Files.writeString(file, """
                <html><body>
                <p>ỦY BAN NHÂN DÂN XÃ TAM ĐẢO</p><p>Số: 33/KH-UBND</p><p>Tam Đảo, ngày 10 tháng 3 năm 2026</p>
                <p>KẾ HOẠCH</p><p>Chuyển đổi số năm 2026</p>
                <p>II. NHIỆM VỤ CỤ THỂ</p>
                <p>1. Phát triển chính quyền số</p>
                <ol type="a">
                <li>Duy trì vận hành Hệ thống quản lý văn bản điều hành; Văn phòng HĐND và UBND xã chủ trì; thời gian: thường xuyên.</li>
                <li>Triển khai họp không giấy tờ tại các kỳ họp HĐND xã; hoàn thành trong Quý III/2026.</li>
                </ol>
                </body></html>
                """);
        ParsedDocument doc = new Loader().parse(List.of(file)).documents().getFirst();
        assertEquals(List.of("1.a", "1.b"), doc.rows().tasks().stream().map(t -> t.ordinal()).toList(),
                doc.rows().tasks().toString());
    }
}
