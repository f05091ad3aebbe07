package vn.nq57.loader.metadata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.nq57.loader.read.DocumentFormat;
import vn.nq57.loader.read.Origin;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.reference.DocumentKind;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Header blocks in the shapes real documents take, with other numbers, issuers, places and wordings than the cases. */
class HeaderVariantsTest {
    private static DocumentMetadata of(String text) {
        return MetadataExtractor.extract(new SourceText("t.txt", "", text.lines().toList()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # two columns flattened into pipe cells, with a website's rows first
            "| Số hiệu | 88/KH-UBND |\\n| Cơ quan ban hành | Tỉnh Nghệ An |\\n|\\nỦY BAN NHÂN DÂN |\\nCỘNG HÒA XÃ HỘI\\nCHỦ NGHĨA VIỆT NAM |\\n|\\nSố: 88/KH-UBND |\\nTỉnh Nghệ An, ngày 05 tháng 6 năm 2025 |\\nKẾ HOẠCH\\nChuyển đổi số năm 2025" | 88/KH-UBND | KH | 2025-06-05 | UBND Tỉnh Nghệ An | province
            # issuer and motto on one line, number and place-date on one line
            "# BỘ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nSố: 1234/QĐ-BKHCN Hà Nội, ngày 12 tháng 8 năm 2025\\n# QUYẾT ĐỊNH\\nVề việc ban hành Kế hoạch" | 1234/QĐ-BKHCN | QĐ | 2025-08-12 | Bộ Khoa học và Công nghệ | ministry
            # a Party number with Markdown escapes and bold lines, the issuer named under the heading
            "**TỈNH ỦY LÀO CAI**\\n**ĐẢNG CỘNG SẢN VIỆT NAM**\\nSố 15\\-NQ/TU\\n*Lào Cai*, *ngày 03 tháng 4 năm 2025*\\n**NGHỊ QUYẾT**\\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\\n**về chuyển đổi số**" | 15-NQ/TU | NQ | 2025-04-03 | Ban Thường vụ Tỉnh ủy | province
            # a letter: no kind heading, "Số" without a colon, subject line, date after the motto
            "**HUYỆN ỦY BẢO LÂM**\\n**BAN TUYÊN GIÁO**\\nSố 77-CV/BTGHU\\nV/v tuyên truyền chuyển đổi số\\n**ĐẢNG CỘNG SẢN VIỆT NAM**\\nBảo Lâm, ngày 2 tháng 10 năm 2024\\nKính gửi: các chi bộ." | 77-CV/BTGHU | CV | 2024-10-02 | Ban Tuyên giáo Huyện ủy Bảo Lâm | district
            # a steering committee whose name holds a number, under a website's line
            "Văn bản pháp luật\\n\\nBAN CHỈ ĐẠO CỦA CHÍNH PHỦ VỀ CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06\\n-------\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nSố: 45/QĐ-BCĐCP\\nHà Nội, ngày 02 tháng 10 năm 2025\\nQUYẾT ĐỊNH\\nVề việc ban hành Kế hoạch hoạt động năm 2026\\nĐiều 1. Ban hành Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo của Chính phủ về chuyển đổi số và Đề án 06." | 45/QĐ-BCĐCP | QĐ | 2025-10-02 | Ban Chỉ đạo của Chính phủ về chuyển đổi số và Đề án 06 | central
            # a stray character glued before the issuer's name in a web copy's first cell
            "xBỘ KHOA HỌC VÀ CÔNG NGHỆ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 77/KH-BKHCN | Hà Nội, ngày 05 tháng 3 năm 2025 |\\nKẾ HOẠCH\\nChuyển đổi số năm 2025" | 77/KH-BKHCN | KH | 2025-03-05 | Bộ Khoa học và Công nghệ | ministry
            # the Central Committee above a Party delegation that names its own organ
            "## ĐẢNG CỘNG SẢN VIỆT NAM\\n**BAN CHẤP HÀNH TRUNG ƯƠNG**\\n**ĐẢNG ĐOÀN MẶT TRẬN TỔ QUỐC**\\nSố 118-KH/ĐĐMT\\nHà Nội, ngày 14 tháng 02 năm 2025\\n**KẾ HOẠCH**\\n**thực hiện Nghị quyết số 57-NQ/TW**" | 118-KH/ĐĐMT | KH | 2025-02-14 | Đảng đoàn Mặt trận Tổ quốc | central
            # a committee that states its level, over a date line naming its area (Decree 30/2020: the area's own name)
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 512/KH-UBND | Kon Tum, ngày 09 tháng 4 năm 2021 |\\nThực hiện Quyết định số 12/QĐ-TTg ngày 05/01/2021 của Thủ tướng Chính phủ.\\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:" | 512/KH-UBND | KH | 2021-04-09 | UBND tỉnh Kon Tum | province
            """)
    void headersFoundByMeaning(String text, String number, String kindCode, String date, String issuer, String level) {
        DocumentMetadata m = of(text.replace("\\n", "\n"));
        assertEquals(number, m.number().canonical());
        assertEquals(kindCode, m.kindCode());
        assertEquals(LocalDate.parse(date), m.date());
        assertEquals(issuer, m.issuer());
        assertEquals(level, m.issuerLevel());
        assertFalse(m.draft());
        assertFalse(m.title() != null && m.title().contains("|"), m.title());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a Party committee of a province named in the Đảng bộ line above it
            "ĐẢNG BỘ TỈNH BẮC NINH\\nBAN THƯỜNG VỤ\\nSố 88-KH/TU\\n\\nĐẢNG CỘNG SẢN VIỆT NAM\\nBắc Ninh, ngày 15 tháng 5 năm 2025\\n\\nKẾ HOẠCH\\nthực hiện Nghị quyết số 57-NQ/TW" | 88-KH/TU | Bắc Ninh | | | Ban Thường vụ Đảng bộ tỉnh Bắc Ninh
            # the province and district lines above the commune's committee
            "TỈNH NGHỆ AN\\nHUYỆN DIỄN CHÂU\\nỦY BAN NHÂN DÂN XÃ DIỄN KỶ\\nSố: 15/KH-UBND\\n\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nDiễn Kỷ, ngày 10 tháng 6 năm 2025\\n\\nKẾ HOẠCH\\nchuyển đổi số năm 2025" | 15/KH-UBND | Nghệ An | Diễn Châu | Diễn Kỷ | UBND xã Diễn Kỷ
            # a commune's Party committee under its province's Đảng bộ
            "ĐẢNG BỘ TỈNH THANH HÓA\\nĐẢNG ỦY XÃ HOẰNG ĐẠO\\nSố 09-KH/ĐU\\n\\nĐẢNG CỘNG SẢN VIỆT NAM\\nHoằng Đạo, ngày 02 tháng 7 năm 2025\\n\\nKẾ HOẠCH\\nthực hiện Nghị quyết số 57-NQ/TW" | 09-KH/ĐU | Thanh Hóa | | Hoằng Đạo | Đảng ủy xã Hoằng Đạo
            # a commune with its district and province on the line below its name
            "ỦY BAN NHÂN DÂN\\nXÃ MỸ AN\\nHUYỆN THÁP MƯỜI, TỈNH ĐỒNG THÁP\\nSố: 45/KH-UBND\\n\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nMỹ An, ngày 10 tháng 6 năm 2025\\n\\nKẾ HOẠCH\\nchuyển đổi số năm 2025" | 45/KH-UBND | Đồng Tháp | Tháp Mười | Mỹ An | UBND xã Mỹ An
            """)
    void thePlacesAroundTheIssuersNameAreItsAreaNotItsName(String text, String number, String province, String district,
                                                  String commune, String issuer) {
        DocumentMetadata m = of(text.replace("\\n", "\n"));
        assertEquals(issuer, m.issuer(), "the issuer is the body's own line, not its parents' places");
        assertEquals(number, m.number().canonical());
        assertEquals(province, m.area().province(), m.toString());
        assertEquals(district, m.area().district(), m.toString());
        assertEquals(commune, m.area().commune(), m.toString());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a web copy's column cells, the date wrapped after "ngày"
            "ỦY BAN NHÂN DÂN\\nTỈNH QUẢNG TRỊ\\n-------\\n|\\nCỘNG HÒA XÃ HỘI\\nCHỦ NGHĨA VIỆT NAM\\n|\\nSố: 212/KH-UBND\\n|\\nQuảng Trị, ngày\\n14 tháng 7 năm 2024\\n|\\nKẾ HOẠCH\\nỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2024" | 212/KH-UBND | 2024-07-14
            # the date wrapped after its day
            "ỦY BAN NHÂN DÂN\\nTỈNH SÓC TRĂNG\\nSố: 97/KH-UBND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSóc Trăng, ngày 09\\ntháng 11 năm 2023\\nKẾ HOẠCH\\nPhát triển kinh tế số" | 97/KH-UBND | 2023-11-09
            # the place alone on its line, the date under it
            "ỦY BAN NHÂN DÂN\\nTỈNH KON TUM\\n|\\nSố: 58/KH-UBND\\n|\\nKon Tum,\\nngày 03 tháng 4 năm 2025\\n|\\nKẾ HOẠCH\\nCHUYỂN ĐỔI SỐ NĂM 2025" | 58/KH-UBND | 2025-04-03
            # both columns on one line each, no kind heading (a website dropped it), the deciding body under them
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 731/QĐ-UBND | Phú Yên, ngày 08 tháng 5 năm 2024 |\\nỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\\nQUYẾT ĐỊNH:\\nĐiều 1. Ban hành Kế hoạch." | 731/QĐ-UBND | 2024-05-08
            """)
    void aPlaceAndDateLineWrappedOrSharedWithTheNumberIsStillTheDocumentsDate(String text, String number, String date) {
        DocumentMetadata m = of(text.replace("\\n", "\n"));
        assertEquals(number, m.number() == null ? null : m.number().canonical(), m.toString());
        assertEquals(LocalDate.parse(date), m.date(), m.toString());
        assertFalse(m.draft());
        assertTrue(m.checks().stream().noneMatch(c -> c.startsWith("date not found") || c.startsWith("number not found")),
                m.checks().toString());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a province's committee deciding: its name in capitals between the title and "Căn cứ"
            "ỦY BAN NHÂN DÂN\\nTỈNH NINH THUẬN\\nSố: 1520/QĐ-UBND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nNinh Thuận, ngày 11 tháng 9 năm 2024\\nQUYẾT ĐỊNH\\nVỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN CHÍNH QUYỀN SỐ\\nỦY BAN NHÂN DÂN TỈNH NINH THUẬN\\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" | VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN CHÍNH QUYỀN SỐ
            # the Prime Minister, a blank line before the bases
            "THỦ TƯỚNG CHÍNH PHỦ\\nSố: 455/QĐ-TTg\\nHà Nội, ngày 02 tháng 4 năm 2024\\nQUYẾT ĐỊNH\\nPHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DỮ LIỆU SỐ\\nTHỦ TƯỚNG CHÍNH PHỦ\\n\\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;" | PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DỮ LIỆU SỐ
            # a minister, the title ending with the ministry's name
            "BỘ NỘI VỤ\\nSố: 88/QĐ-BNV\\nHà Nội, ngày 5 tháng 3 năm 2025\\nQUYẾT ĐỊNH\\nBAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA BỘ NỘI VỤ\\nBỘ TRƯỞNG BỘ NỘI VỤ\\nCăn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ;" | BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA BỘ NỘI VỤ
            """)
    void theDecidingBodysLineIsNotPartOfTheTitle(String text, String title) {
        assertEquals(title, of(text.replace("\\n", "\n")).title());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a website's copy of a province's plan: the committee's second line ("TỈNH …") dropped
            "| Số hiệu | 142/KH-UBND |\\n| Cơ quan ban hành | Tỉnh Tuyên Quang |\\n|\\nỦY BAN NHÂN DÂN |\\nCỘNG HÒA XÃ HỘI\\nCHỦ NGHĨA VIỆT NAM |\\n|\\nSố: 142/KH-UBND |\\nTuyên Quang, ngày 20 tháng 11 năm 2025 |\\nKẾ HOẠCH\\nPHÁT TRIỂN DỮ LIỆU SỐ TỈNH TUYÊN QUANG NĂM 2026\\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:" | UBND tỉnh Tuyên Quang | province | Tuyên Quang |
            # both columns on one line each; the chairman deciding names the province
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 731/QĐ-UBND | Phú Yên, ngày 08 tháng 5 năm 2024 |\\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" | UBND tỉnh Phú Yên | province | Phú Yên |
            # a commune's committee, its name only in the date line and the title
            "ỦY BAN NHÂN DÂN\\nSố: 21/KH-UBND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nPhú Lộc, ngày 03 tháng 3 năm 2026\\nKẾ HOẠCH\\nChuyển đổi số xã Phú Lộc năm 2026\\nThực hiện Kế hoạch số 40/KH-UBND ngày 10/02/2026 của UBND tỉnh Lâm Đồng." | UBND xã Phú Lộc | commune | Lâm Đồng | Phú Lộc
            """)
    void aCommitteeHeadedWithoutItsPlaceIsNamedByTheDateLinesPlaceAsTheTextWritesIt(String text, String issuer, String level,
                                                                                  String province, String commune) {
        DocumentMetadata m = of(text.replace("\\n", "\n"));
        assertEquals(issuer, m.issuer(), m.toString());
        assertEquals(level, m.issuerLevel());
        assertEquals(province, m.area().province(), m.toString());
        assertEquals(commune, m.area().commune(), m.toString());
    }

    @Test
    void aTitleUnderAHeaderWhoseKindHeadingAWebsiteDroppedIsStillTheTitleAndItsBasisListFollows() {
        SourceText src = new SourceText("t.txt", "", """
                | Số hiệu | 77/KH-UBND |
                | Cơ quan ban hành | Tỉnh Cao Bằng |
                |
                ỦY BAN NHÂN DÂN |
                CỘNG HÒA XÃ HỘI
                CHỦ NGHĨA VIỆT NAM |
                |
                Số: 77/KH-UBND |
                Cao Bằng, ngày 15 tháng 12 năm 2025 |
                PHÁT TRIỂN KINH TẾ SỐ TỈNH CAO BẰNG NĂM 2026
                - Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;
                - Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia.
                I. MỤC TIÊU
                """.lines().toList());
        DocumentMetadata m = MetadataExtractor.extract(src);
        assertEquals("PHÁT TRIỂN KINH TẾ SỐ TỈNH CAO BẰNG NĂM 2026", m.title());
        assertEquals("UBND tỉnh Cao Bằng", m.issuer());
        var refs = vn.nq57.loader.reference.ReferenceExtractor.extract(src, m);
        for (String n : List.of("57-NQ/TW", "411/QĐ-TTg"))
            assertTrue(refs.stream().anyMatch(r -> r.number().canonical().equals(n)
                    && r.relation() == vn.nq57.loader.reference.Relation.BASED_ON), n + " based on: " + refs);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # the motto broken inside "CỘNG HÒA", columns as pipe cells
            "ỦY BAN NHÂN DÂN\\nTỈNH SÓC TRĂNG\\n--------\\n|\\nCỘNG\\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\n|\\nSố: 212/KH-UBND\\n|\\nSóc Trăng, ngày 14 tháng 11 năm 2023\\n|\\nKẾ HOẠCH\\nCHUYỂN ĐỔI SỐ NĂM 2024" | UBND tỉnh Sóc Trăng | province | Sóc Trăng
            # broken after "XÃ", the issuer's second line between the two parts
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ |\\nHUYỆN CÀNG LONG | HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 35/KH-UBND | Càng Long, ngày 02 tháng 3 năm 2024 |\\nKẾ HOẠCH\\nChuyển đổi số năm 2024" | UBND huyện Càng Long | district |
            """)
    void aMottoBrokenAnywhereOverLinesIsNoPartOfTheIssuer(String text, String issuer, String level, String province) {
        DocumentMetadata m = of(text.replace("\\n", "\n"));
        assertEquals(issuer, m.issuer(), m.toString());
        assertEquals(level, m.issuerLevel(), m.toString());
        assertEquals(province, m.area().province(), m.toString());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a part heading in capitals under a title in capitals
            "KẾ HOẠCH\\nCHUYỂN ĐỔI SỐ TỈNH NGHỆ AN NĂM 2026\\nPHẦN I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025\\nI. KẾT QUẢ ĐẠT ĐƯỢC" | CHUYỂN ĐỔI SỐ TỈNH NGHỆ AN NĂM 2026 | 6
            # a title wrapped over two lines, then "PHẦN THỨ NHẤT" and the part's name on a line of its own
            "KẾ HOẠCH\\nPHÁT TRIỂN KINH TẾ SỐ TỈNH NGHỆ AN\\nGIAI ĐOẠN 2026 - 2030\\nPHẦN THỨ NHẤT\\nTÌNH HÌNH THỰC HIỆN" | PHÁT TRIỂN KINH TẾ SỐ TỈNH NGHỆ AN GIAI ĐOẠN 2026 - 2030 | 7
            # a title in running case, a part heading in running case
            "KẾ HOẠCH\\nchuyển đổi số năm 2026\\nPhần I\\nĐánh giá kết quả năm 2025" | chuyển đổi số năm 2026 | 6
            "KẾ HOẠCH\\nchuyển đổi số năm 2026\\nPhần 2. Nhiệm vụ năm 2026" | chuyển đổi số năm 2026 | 6
            # "phần mềm" (software) is a word of the title, not a part
            "KẾ HOẠCH\\nTRIỂN KHAI\\nPHẦN MỀM QUẢN LÝ VĂN BẢN NĂM 2026\\nI. MỤC ĐÍCH" | TRIỂN KHAI PHẦN MỀM QUẢN LÝ VĂN BẢN NĂM 2026 | 7
            """)
    void aTitleEndsBeforeAPartHeading(String afterHeader, String title, int titleEnd) {
        String header = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 21/KH-UBND\nNghệ An, ngày 10 tháng 1 năm 2026\n";
        DocumentMetadata m = of(header + afterHeader.replace("\\n", "\n"));
        assertEquals(title, m.title());
        assertEquals(titleEnd, m.span().end(), "the document's head ends with its title");
    }

    @Test
    void aPlaceTheTextNeverNamesWithALevelIsNotGuessedIntoTheIssuer() {
        DocumentMetadata m = of("ỦY BAN NHÂN DÂN\nSố: 30/KH-UBND\nTân Phong, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\nChuyển đổi số năm 2026");
        assertEquals("UBND", m.issuer());
    }

    @Test
    void aBlankDraftNumberAndAPartialDate() {
        DocumentMetadata m = of("""
                ỦY BAN NHÂN DÂN
                PHƯỜNG HÀ ĐÔNG
                Số:     /KH-UBND
                Hà Đông, ngày    tháng 3 năm 2022
                KẾ HOẠCH
                Phát triển chính quyền số
                """);
        assertTrue(m.number().blank());
        assertEquals("/KH-UBND", m.numberRaw());
        assertTrue(m.draft());
        assertNull(m.date());
        assertEquals(2022, m.year());
        assertEquals(3, m.month());
        assertEquals("UBND phường Hà Đông", m.issuer());
        assertEquals("commune", m.issuerLevel());
    }

    /** A scan's text puts a stray mark after "ngày" where the day was left blank: the month and year are still read. */
    @Test
    void aScansStrayMarkInTheDateKeepsItsMonthAndYear() {
        DocumentMetadata m = of("""
                BỘ NỘI VỤ
                TRUNG TÂM THÔNG TIN
                Số: 12/KH-TTTT
                Hà Nội, ngày(tháng 7 năm 2024
                KẾ HOẠCH
                Diễn tập an toàn thông tin
                """);
        assertEquals(2024, m.year());
        assertEquals(7, m.month());
        assertNull(m.date());
    }

    /**
     * A plan issued with a decision, as a Word file: its header a two-column table (a tab between the cells), its
     * caption "(Kèm theo Quyết định số … của Bộ trưởng …)" wrapped over two lines under the title. It is part of that
     * decision, as the same plan in one text with its decision is.
     */
    @Test
    void aPlanUnderATableHeaderIsPartOfTheDecisionItsCaptionNames() {
        DocumentMetadata m = of("""
                BỘ NỘI VỤ	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                	Độc lập - Tự do - Hạnh phúc
                KẾ HOẠCH
                Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
                (Kèm theo Quyết định số 412/QĐ-BNV ngày 05 tháng 5 năm 2025
                của Bộ trưởng Bộ Nội vụ)
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertNotNull(m.appendixOf(), m.toString());
        assertEquals("412/QĐ-BNV", m.appendixOf().number().canonical());
        assertEquals(2025, m.year(), "dated by the decision it is part of");
    }

    @Test
    void aDateTypoKeepsTheYearAndAsksForACheck() {
        DocumentMetadata m = of("""
                ỦY BAN NHÂN DÂN
                XÃ PHÚ THỌ
                Số: 41/KH-UBND
                Phú Thọ, ngày 31 tháng 02 năm 2025
                KẾ HOẠCH
                Chuyển đổi số
                """);
        assertEquals(2025, m.year());
        assertNull(m.date());
        assertFalse(m.draft(), "a typo is not a blank");
        assertTrue(m.checks().stream().anyMatch(c -> c.contains("not a calendar date")), m.checks().toString());
    }

    @Test
    void noKindIsGuessed() {
        DocumentMetadata m = of("""
                BAN CHỈ ĐẠO XÃ AN PHÚ
                An Phú, ngày 10 tháng 01 năm 2026
                Tổng hợp ý kiến các thành viên về dự thảo.
                """);
        assertEquals("PolicyDocument", m.kind());
        assertNull(m.kindCode());
        assertTrue(m.checks().stream().anyMatch(c -> c.startsWith("kind not stated")), m.checks().toString());
        assertTrue(m.checks().stream().anyMatch(c -> c.startsWith("number not found")), m.checks().toString());
    }

    @Test
    void theKindComesFromTheTitleWordOrTheNumber() {
        assertEquals("Notice", of("TỈNH ỦY HÀ TĨNH\nSố 12-TB/TU\nHà Tĩnh, ngày 03 tháng 3 năm 2025\nTHÔNG BÁO\nkết luận").kind());
        assertEquals("OfficialLetter", of("BỘ TƯ PHÁP\nSố: 90/BTP-VP\nHà Nội, ngày 03 tháng 3 năm 2025\nV/v góp ý").kind());
        assertEquals(List.of(), of("BỘ TƯ PHÁP\nSố: 90/BTP-VP\nHà Nội, ngày 03 tháng 3 năm 2025\nV/v góp ý").checks().stream()
                .filter(c -> c.startsWith("kind")).toList());
    }

    /** A scan of the signed paper: the lines as OCR gives them, each marked as recognised from page 1's image. */
    private static DocumentMetadata scanned(String text) {
        List<String> lines = text.lines().toList();
        List<Origin> origins = new java.util.ArrayList<>();
        for (int i = 1; i <= lines.size(); i++) origins.add(Origin.page(1, i, true));
        return MetadataExtractor.extract(new SourceText("scan.pdf", "", lines, DocumentFormat.PDF, origins));
    }

    @Test
    void aScansKindHeadingWithOneLetterMisreadIsTheHeading() {
        DocumentMetadata m = scanned("""
                SỞ NỘI VỤ TỈNH LÀO CAI
                PHÒNG HÀNH CHÍNH
                Số: 17/KH-PHC
                Lào Cai, ngày 04 tháng 6 năm 2025
                KỂẾ HOẠCH
                Số hóa hồ sơ lưu trữ năm 2025
                Căn cứ Quyết định số 12/QĐ-SNV ngày 02/01/2025 của Sở Nội vụ;
                """);
        assertEquals("Plan", m.kind());
        assertEquals("Số hóa hồ sơ lưu trữ năm 2025", m.title());
        assertEquals(DocumentKind.DECISION, MetadataExtractor.misreadHeading("QUYÊT ĐINH"));
        assertEquals(DocumentKind.ACTION_PROGRAMME, MetadataExtractor.misreadHeading("CHUONG TRÌNH"));
        // a word two letters from every kind, a kind word inside a longer line, a line in running case: no heading
        assertNull(MetadataExtractor.misreadHeading("THÔNG TIN"));
        assertNull(MetadataExtractor.misreadHeading("KẾT HOẠCH CHUNG"));
        assertNull(MetadataExtractor.misreadHeading("Kê hoạch"), "a heading is in capitals");
    }

    @Test
    void aSpeckBeforeAScansTitleIsNoPartOfIt() {
        DocumentMetadata m = scanned("""
                THỦ TƯỚNG CHÍNH PHỦ
                Số: 31/CĐ-TTg
                Hà Nội, ngày 07 tháng 4 năm 2025
                CÔNG ĐIỆN
                \\@ Tăng cường bảo đảm an toàn thông tin mạng
                """);
        assertEquals("Tăng cường bảo đảm an toàn thông tin mạng", m.title());
        // and the specks a stamp leaves under it ("—b", "h <0 ⁄") are no part of it either
        DocumentMetadata under = scanned("""
                THỦ TƯỚNG CHÍNH PHỦ
                Số: 31/CĐ-TTg
                Hà Nội, ngày 07 tháng 4 năm 2025
                CÔNG ĐIỆN
                Tăng cường bảo đảm an toàn thông tin mạng
                trong các cơ quan nhà nước
                —b
                h <0 ⁄
                THỦ TƯỚNG CHÍNH PHỦ điện:
                """);
        assertEquals("Tăng cường bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước", under.title());
    }

    /** A scan's number whose issuer code is one letter from its issuer's initials is kept as read, with a check. */
    @Test
    void aScansIssuerCodeOneLetterFromTheIssuersInitialsIsACheck() {
        DocumentMetadata m = scanned("""
                BỘ NỘI VỤ
                TRUNG TÂM LƯU TRỮ QUỐC GIA
                Số: 17/KH-TTLIQG
                Hà Nội, ngày 04 tháng 6 năm 2025
                KẾ HOẠCH
                Số hóa tài liệu lưu trữ năm 2025
                """);
        assertEquals("17/KH-TTLIQG", m.number().canonical());
        assertTrue(m.checks().stream().anyMatch(c -> c.startsWith("issuer code \"TTLIQG\"") && c.contains("\"TTLTQG\"")),
                m.checks().toString());
        assertNull(MetadataExtractor.misreadIssuerCode("UBND", "UBND tỉnh Lào Cai"), "a code among the initials");
        assertNull(MetadataExtractor.misreadIssuerCode("VP", "Văn phòng Chính phủ"), "too short to tell");
        assertNull(MetadataExtractor.misreadIssuerCode("BTP", "Cục Công nghệ thông tin"), "near none of them");
    }

    @Test
    void aScansBlankNumberAndDayAreChecksAndANumberedPaperIsNoDraft() {
        DocumentMetadata blank = scanned("""
                THỦ TƯỚNG CHÍNH PHỦ
                Số:    /CĐ-TTg
                Hà Nội, ngày âŸháng 4 năm 2025
                CÔNG ĐIỆN
                Về phòng chống lừa đảo trực tuyến
                """);
        assertTrue(blank.draft());
        assertTrue(blank.checks().stream().anyMatch(c -> c.startsWith("number blank in the scan")), blank.checks().toString());
        assertTrue(blank.checks().stream().anyMatch(c -> c.startsWith("date without its day")), blank.checks().toString());

        DocumentMetadata numbered = scanned("""
                BỘ TƯ PHÁP
                CỤC CÔNG NGHỆ THÔNG TIN
                Số: 05/KH-CNTT
                Hà Nội, ngày(tháng 5 năm 2024
                KẾ HOẠCH
                Diễn tập an toàn thông tin năm 2024
                """);
        assertFalse(numbered.draft(), "the number is given at issue: a blank day on a numbered paper was written by hand");
        assertEquals(2024, numbered.year());
        assertEquals(5, numbered.month());
        assertTrue(numbered.checks().stream().anyMatch(c -> c.startsWith("date without its day")), numbered.checks().toString());
        assertFalse(numbered.checks().stream().anyMatch(c -> c.startsWith("number")), numbered.checks().toString());
    }

    @Test
    void aNumberUnderItsLabelAloneOnALineIsTheNumber() {
        // a web copy of a two-column header puts every cell's words on lines of their own
        DocumentMetadata m = of("""
                ỦY
                BAN QUỐC GIA
                VỀ GIAO THÔNG SỐ
                |
                CỘNG
                HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                |
                Số:
                41/QĐ-UBQGGTS
                |
                Hà Nội, ngày 02 tháng 8 năm 2023
                QUYẾT ĐỊNH
                Ban hành quy chế làm việc
                """);
        assertEquals("41/QĐ-UBQGGTS", m.number().canonical());
        assertFalse(m.draft());
        assertEquals("central", m.issuerLevel(), "a national committee (Ủy ban Quốc gia …) is of the centre");
        assertEquals(List.of(), m.checks());
    }

    @Test
    void aTitleEndsAtTheRuleUnderItAtTheDecidingBodyAndAtTheFirstSentence() {
        // a rule drawn under the title, and a web copy's empty image, are no words of it
        assertEquals("về ứng dụng trí tuệ nhân tạo trong quản lý nhà nước", of("""
                TỈNH ỦY NINH BÌNH
                Số 08-NQ/TU
                Ninh Bình, ngày 11 tháng 3 năm 2025
                NGHỊ QUYẾT
                về ứng dụng trí tuệ nhân tạo ![](logo.png)
                trong quản lý nhà nước
                -----
                Quán triệt Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau:
                """).title());
        // the deciding body's chairman under a title in capitals, "Căn cứ …" under him
        assertEquals("BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG QUỐC GIA VỀ PHÁT TRIỂN BỀN VỮNG NĂM 2024", of("""
                HỘI ĐỒNG QUỐC GIA
                VỀ PHÁT TRIỂN BỀN VỮNG
                Số: 12/QĐ-HĐQG
                Hà Nội, ngày 02 tháng 4 năm 2024
                QUYẾT ĐỊNH
                BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG QUỐC GIA VỀ PHÁT TRIỂN BỀN VỮNG NĂM
                2024
                CHỦ TỊCH HỘI ĐỒNG QUỐC GIA VỀ PHÁT TRIỂN BỀN VỮNG
                Căn cứ Quyết định số 1/QĐ-TTg ngày 02/01/2024 của Thủ tướng Chính phủ;
                """).title());
        // a title in capitals, then the body's first sentence in running case
        assertEquals("VỀ VIỆC TĂNG CƯỜNG SỬ DỤNG CHỮ KÝ SỐ TRONG CÁC CƠ QUAN NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH", of("""
                ỦY BAN NHÂN DÂN
                TỈNH HẬU GIANG
                Số: 07/CT-UBND
                Hậu Giang, ngày 20 tháng 5 năm 2024
                CHỈ THỊ
                VỀ VIỆC TĂNG CƯỜNG SỬ DỤNG CHỮ KÝ SỐ TRONG CÁC CƠ QUAN NHÀ NƯỚC
                TRÊN ĐỊA BÀN TỈNH
                Thời gian qua việc sử dụng chữ ký số đã có chuyển biến
                tích cực, tuy nhiên vẫn còn hạn chế.
                """).title());
    }

    @Test
    void withoutAHeaderTheBodyTheEnactingSentenceNamesIssuesAndAnApostropheIsPartOfAPlace() {
        DocumentMetadata m = of("""
                KẾ HOẠCH
                Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Ea H’leo năm 2024
                Thực hiện Quyết định số 15/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh Đắk Lắk, Ban Chỉ đạo chuyển đổi số huyện Ea H’leo (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch hoạt động như sau:
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertEquals("Ban Chỉ đạo chuyển đổi số huyện Ea H’leo", m.issuer());
        assertEquals("district", m.issuerLevel());
        assertEquals("Ea H’leo", m.area().district());
        assertEquals("Đắk Lắk", m.area().province());
    }

    @Test
    void aProvincesDepartmentIsOfTheProvinceItsDateLineNames() {
        DocumentMetadata m = of("""
                SỞ KHOA HỌC VÀ CÔNG NGHỆ
                Số: 215/KH-SKHCN
                Yên Bái, ngày 18 tháng 4 năm 2025
                KẾ HOẠCH
                Chuyển đổi số ngành khoa học và công nghệ năm 2025
                """);
        assertEquals("province", m.issuerLevel());
        assertEquals("Yên Bái", m.area().province());
    }

    @Test
    void aPartyHeaderThatLostTheBodysOwnLineIsIssuedByTheBodyItsEnactingSentenceAndCodeName() {
        // the web copy kept only the organisation above the body; the body names itself as it enacts
        DocumentMetadata m = of("""
                BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |
                Số: 09-KH/BCĐTW | Hà Nội, ngày 14 tháng 8 năm 2025 |
                KẾ HOẠCH
                Xây dựng cơ sở dữ liệu khoa học quốc gia
                - Căn cứ Quy chế làm việc số 01-QC/BCĐTW, ngày 28/02/2025 của Ban Chỉ đạo Trung ương;
                - Căn cứ Quyết định số 310-QĐ/TW, ngày 05/5/2025 của Ban Bí thư về tổ chức bộ máy của Văn phòng Trung ương Đảng,
                Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (sau đây gọi tắt là Ban Chỉ đạo Trung ương) ban hành Kế hoạch xây dựng cơ sở dữ liệu như sau:
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertEquals("Ban Chỉ đạo Trung ương", m.issuer(), "the body other documents cite this number by");
        assertEquals("central", m.issuerLevel());

        // no enacting sentence in the copy: the code BCĐTW spells the body, as citations of it resolve it
        DocumentMetadata coded = of("""
                BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |
                Số: 04-TB/BCĐTW | Hà Nội, ngày 02 tháng 9 năm 2025 |
                THÔNG BÁO
                Kết luận phiên họp thứ hai
                """);
        assertEquals("Ban Chỉ đạo Trung ương", coded.issuer());

        // the Central Committee's own number: the header line is the issuer
        DocumentMetadata own = of("""
                BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |
                Số 45-NQ/TW | Hà Nội, ngày 30 tháng 11 năm 2023 |
                NGHỊ QUYẾT
                Hội nghị lần thứ tám
                """);
        assertEquals("Ban Chấp hành Trung ương", own.issuer());
    }

    @Test
    void anEnactingBodyKeepsItsFullNameWhenItsShortNameDropsItsPlace() {
        assertEquals("Ban Thường vụ Huyện ủy Tân Phú", MetadataExtractor.enactingBody(
                "Ban Thường vụ Huyện ủy Tân Phú (sau đây gọi tắt là Ban Thường vụ) ban hành Kế hoạch như sau:"));
    }

    @Test
    void aDocumentRepublishedUnderALeadThatNamesItHasTheLeadsIdentity() {
        // a news portal's lead above a notice it reproduces without the notice's header
        DocumentMetadata notice = of("""
                (Báo Tin tức) - Văn phòng Ban Chỉ đạo tỉnh Cà Mau vừa ban hành Thông báo kết luận của đồng chí Trưởng Ban Chỉ đạo tại phiên họp quý I năm 2026 (Thông báo số 12-TB/VPBCĐ, ngày 07/4/2026). Sau đây là toàn văn Thông báo số 12-TB/VPBCĐ:
                Ngày 02/4/2026, Ban Chỉ đạo tỉnh đã họp đánh giá kết quả thực hiện Kế hoạch số 30-KH/BCĐ ngày 15/01/2026.
                """);
        assertEquals("12-TB/VPBCĐ", notice.number().canonical());
        assertEquals("TB", notice.kindCode());
        assertEquals(LocalDate.of(2026, 4, 7), notice.date());
        assertEquals("Văn phòng Ban Chỉ đạo tỉnh Cà Mau", notice.issuer());
        assertFalse(notice.draft(), "a numbered, dated notice");

        // a first line that names the document and who issued it
        DocumentMetadata resolution = of("""
                Nghị quyết số 31-NQ/TU ngày 14/9/2023 ban hành bởi Tỉnh Ủy Bến Tre về phát triển kinh tế số tỉnh Bến Tre đến năm 2030.
                I- Tình hình và nguyên nhân
                - Thời gian qua, tỉnh đã triển khai Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị.
                """);
        assertEquals("31-NQ/TU", resolution.number().canonical());
        assertEquals("NQ", resolution.kindCode());
        assertEquals(LocalDate.of(2023, 9, 14), resolution.date());
        assertEquals("Tỉnh ủy Bến Tre", resolution.issuer());
        assertEquals("province", resolution.issuerLevel());
        assertEquals("Bến Tre", resolution.area().province());
        assertEquals("phát triển kinh tế số tỉnh Bến Tre đến năm 2030", resolution.title());
    }

    @Test
    void aFirstLineThatOnlyMentionsADocumentIsNoLead() {
        DocumentMetadata m = of("""
                Kế hoạch số 40/KH-UBND ngày 02/3/2026 được triển khai rộng rãi đến các xã.
                Ủy ban nhân dân tỉnh yêu cầu các sở thực hiện.
                """);
        assertNull(m.number());
        // how a text cites a document: no page names this one so
        assertNull(of("""
                Nghị quyết số 36-NQ/TW ngày 01/7/2014 của Bộ Chính trị.
                Căn cứ Luật Giao dịch điện tử số 20/2023/QH15;
                """).number());
    }

    /**
     * A header that names no body ("ĐẢNG CỘNG SẢN VIỆT NAM" alone, a copy without the issuer's column) over a number
     * whose code names one body of the nation by itself: that body, with a check; a code shared by many bodies
     * ("UBND", "TW") leaves the issuer unknown, as before.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Số 03-TB/BCĐTW | THÔNG BÁO  | Ban Chỉ đạo Trung ương
            Số: 29/CĐ-TTg  | CÔNG ĐIỆN  | Thủ tướng Chính phủ
            Số: 71/NQ-CP   | NGHỊ QUYẾT | Chính phủ
            Số: 12/KH-UBND | KẾ HOẠCH   |
            Số 45-NQ/TW    | NGHỊ QUYẾT |
            """)
    void aHeaderNamingNoBodyTakesTheBodyTheNumbersCodeNamesAlone(String numberLine, String kind, String expected) {
        DocumentMetadata m = of("ĐẢNG CỘNG SẢN VIỆT NAM\n" + numberLine + "\nHà Nội, ngày 12 tháng 3 năm 2025\n" + kind
                + "\nVề chuyển đổi số\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.");
        assertEquals(expected, m.issuer(), m.checks().toString());
        if (expected == null) {
            assertTrue(m.checks().contains("issuer not found in the header"), m.checks().toString());
        } else {
            assertTrue(m.checks().stream().anyMatch(c -> c.startsWith("issuer \"" + expected + "\" taken from the code")),
                    m.checks().toString());
            assertEquals("central", m.issuerLevel());
        }
    }
}
