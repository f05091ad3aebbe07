package vn.nq57.loader.rows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.read.SourceReader;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.table.TableReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Tasks, assignments and goals written as running text. */
class ProseItemsTest {
    private static final Path SOURCES = Path.of(System.getProperty("nq57.root", "..")).resolve("data/sources");

    @TempDir
    Path dir;

    private static ExtractedRows extract(Path file) throws Exception {
        SourceText text = SourceReader.read(file);
        return RowExtractor.extract(text, TableReader.read(text));
    }

    private ExtractedRows extract(String... lines) throws Exception {
        return extract(Files.writeString(dir.resolve("doc.txt"), String.join("\n", lines) + "\n"));
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ProseItemsTest.class.getResource("/cases/" + name).toURI());
    }

    @Test
    void letteredItemsUnderNumberedHeadingsAreTasksWithTheirSection() throws Exception {
        // case prose_lettered_tasks: five tasks 1.a, 1.b, 1.đ, 2.a, 2.b; the implementation item is no task
        ExtractedRows rows = extract(resource("prose_lettered_tasks.txt"));
        assertEquals(List.of("1.a", "1.b", "1.đ", "2.a", "2.b"), rows.tasks().stream().map(TaskRow::ordinal).toList());
        assertEquals(List.of("Nâng cao nhận thức", "Nâng cao nhận thức", "Nâng cao nhận thức", "Hoàn thiện thể chế",
                "Hoàn thiện thể chế"), rows.tasks().stream().map(t -> t.section().title()).toList());
        assertEquals("1", rows.tasks().getFirst().section().number());
        for (TaskRow t : rows.tasks()) {
            assertEquals("", t.lead(), t.name());
            assertEquals("", t.deadline(), t.name());
        }
        assertEquals("Xây dựng nền tảng số đo lường mức độ hoàn thành.", rows.tasks().get(2).name());
        assertTrue(rows.tasks().stream().noneMatch(t -> t.name().contains("xây dựng kế hoạch trong tháng")));
    }

    @Test
    void lettersFollowTheVietnameseOrderAndOtherLettersAreText() throws Exception {
        ExtractedRows rows = extract(
                "III. NHIỆM VỤ VÀ GIẢI PHÁP",
                "1. Chuyển đổi số",
                "a) Số hóa hồ sơ.",
                "b) Cấp chữ ký số.",
                "c) Lập kho dữ liệu.",
                "d) Kết nối liên thông.",
                "đ) Mở dữ liệu.",
                "e) Đào tạo cán bộ.",
                "g) Đánh giá hằng năm.",
                "f) không phải một mục vì tiếng Việt không có chữ f.");
        assertEquals(List.of("1.a", "1.b", "1.c", "1.d", "1.đ", "1.e", "1.g"),
                rows.tasks().stream().map(TaskRow::ordinal).toList());
        assertTrue(rows.tasks().getLast().name().startsWith("Đánh giá hằng năm."), rows.tasks().getLast().name());
    }

    @Test
    void bulletsUnderAnAssigneeHeadingTakeItAsLead() throws Exception {
        ExtractedRows rows = extract(
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "1. Phân công cụ thể",
                "a) Tổ đảng ở các thôn:",
                "- Tuyên truyền Nghị quyết đến đảng viên.",
                "- Vận động hộ gia đình cài đặt VNeID.",
                "b) Ủy ban nhân dân xã",
                "- Ban hành kế hoạch chuyển đổi số năm 2026.");
        assertEquals(3, rows.tasks().size());
        assertEquals("Tổ đảng ở các thôn", rows.tasks().get(0).lead());
        assertEquals("Tổ đảng ở các thôn", rows.tasks().get(1).lead());
        assertEquals("Ủy ban nhân dân xã", rows.tasks().get(2).lead());
        assertEquals("Vận động hộ gia đình cài đặt VNeID.", rows.tasks().get(1).name());
        assertEquals("Phân công cụ thể", rows.tasks().getFirst().section().title());
    }

    @Test
    void bulletsAndParagraphsOfAGroupAreItsTasksAndALeadInIsNot() throws Exception {
        ExtractedRows rows = extract(
                "**III- NHIỆM VỤ, GIẢI PHÁP**",
                "",
                "**1\\. Hoàn thiện thể chế**",
                "",
                "Tiếp tục thể chế hoá các nghị quyết. Tập trung triển khai tốt các nội dung sau:",
                "",
                "\\- Sửa đổi các quy định về đầu tư công,",
                "",
                "mua sắm công và ngân sách.",
                "",
                "\\-   ",
                "Có cơ chế thí điểm cho doanh nghiệp.",
                "",
                "Thống nhất quản lý nhà nước về khoa học.",
                "",
                "**2\\. Phát triển hạ tầng số**",
                "",
                "Phủ sóng 5G toàn quốc.");
        assertEquals(4, rows.tasks().size(), rows.tasks().toString());
        assertEquals("Sửa đổi các quy định về đầu tư công, mua sắm công và ngân sách.", rows.tasks().get(0).name());
        assertEquals("Có cơ chế thí điểm cho doanh nghiệp.", rows.tasks().get(1).name());
        assertEquals("Thống nhất quản lý nhà nước về khoa học.", rows.tasks().get(2).name());
        assertEquals("Phát triển hạ tầng số", rows.tasks().get(3).section().title());
        assertEquals(7, rows.tasks().get(0).span().start());
        assertEquals(9, rows.tasks().get(0).span().end());
    }

    @Test
    void assignmentSentencesGiveLeadAndCoordinatingUnits() throws Exception {
        ExtractedRows rows = extract(
                "IV. TỔ CHỨC THỰC HIỆN",
                "1. Thành lập Ban Chỉ đạo của tỉnh do Bí thư Tỉnh ủy làm Trưởng ban.",
                "2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ tham mưu bố trí kinh phí.",
                "3. Các sở, ban, ngành, địa phương xây dựng kế hoạch trong tháng 3 năm 2026.",
                "4. Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội vận động Nhân dân tham gia.",
                "5. Văn phòng Ủy ban nhân dân tỉnh phối hợp với Công an tỉnh theo dõi, đôn đốc việc thực hiện.",
                "6. Giám đốc các sở chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh.");
        List<TaskRow> tasks = rows.tasks();
        assertEquals(List.of("2", "4", "5"), tasks.stream().map(TaskRow::ordinal).toList());
        assertEquals("Sở Khoa học và Công nghệ", tasks.get(0).lead());
        assertEquals("Sở Tài chính, Sở Nội vụ", tasks.get(0).coordinating());
        assertEquals("Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội", tasks.get(1).lead());
        assertEquals("", tasks.get(1).coordinating());
        assertEquals("Văn phòng Ủy ban nhân dân tỉnh", tasks.get(2).lead());
        assertEquals("Công an tỉnh", tasks.get(2).coordinating());
        assertEquals("IV", tasks.getFirst().section().number());
    }

    /**
     * A plan whose body sends the reader to its appendix for the tasks ("… được xác định tại Phụ lục kèm theo Kế hoạch
     * này") lists none in its implementation part, whether the appendix is in the same file or apart: the body of a
     * plan and its appendix published as two Word files give the tasks of the plan as one text does.
     */
    @Test
    void aPlanWhoseTasksAreInItsAppendixAssignsNoneInItsImplementationPart() throws Exception {
        ExtractedRows rows = extract(
                "II. NỘI DUNG",
                "Nhiệm vụ cụ thể, thời gian thực hiện và đơn vị chủ trì được xác định tại Phụ lục kèm theo Kế hoạch này.",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Trung tâm Tin học chủ trì, phối hợp với các đơn vị liên quan theo dõi việc thực hiện Kế hoạch này.",
                "2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch.");
        assertEquals(List.of(), rows.tasks());
    }

    /**
     * The distribution list ("Nơi nhận:") is no part of the text, even where a scan's text puts the signer's title
     * beside it on a line of its own: its "- Cục trưởng (để b/c);" are recipients, not tasks.
     */
    @Test
    void theDistributionListUnderASignersTitleIsNoTask() throws Exception {
        ExtractedRows rows = extract(
                "III. TỔ CHỨC THỰC HIỆN",
                "Trung tâm Tin học chủ trì, phối hợp với các đơn vị liên quan tổ chức diễn tập năm 2025.",
                "Nơi nhận:",
                "ký CỤC TRƯỞN G",   // a scan's text: the signature's mark, then the title broken
                "- Như trên;",
                "- Cục trưởng (để b/e);",
                "- Cục An toàn thông tin, Bộ Công an (để b/e);",
                "PHÓ CỤC TRƯỞN G",
                "- Lưu: VT.");
        assertEquals(List.of("Trung tâm Tin học"), rows.tasks().stream().map(TaskRow::lead).toList());
    }

    /**
     * A directive without parts (a Prime Minister's dispatch, as its scan reads: no headings, "… yêu cầu:" and numbered
     * items addressed to bodies) gives its items as tasks: a body's name leads the lettered items under it, a sentence
     * opening with a body and its assignment is that body's task, and items to everyone or to posts are none.
     */
    @Test
    void aDirectivesNumberedItemsAddressedToBodiesAreTheirTasks() throws Exception {
        ExtractedRows rows = extract(
                "CÔNG ĐIỆN",
                "Về tăng cường bảo đảm an toàn dữ liệu",
                "THỦ TƯỚNG CHÍNH PHỦ điện:",
                "- Bộ trưởng, Thủ trưởng cơ quan ngang bộ;",
                "- Chủ tịch Ủy ban nhân dân các tỉnh.",
                "Thời gian qua, các bộ, ngành đã triển khai nhiều giải pháp. Để khắc phục hạn chế, Thủ tướng Chính phủ",
                "yêu câu:",   // a scan's misread mark
                "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ tập trung thực hiện hiệu quả các nhiệm vụ đã giao.",
                "2. Bộ Công an",
                "a) Chỉ đạo các đơn vị rà soát các hệ thống thông tin quan trọng,",
                "bảo đảm an toàn dữ liệu.",
                "b) Thường xuyên cảnh báo các hình thức lừa đảo mới.",
                "3. Bộ Tài chính chủ trì, phối hợp với Ngân hàng Nhà nước Việt Nam nghiên cứu cơ chế xác thực giao dịch.",
                "4. Các bộ, ngành, địa phương báo cáo kết quả thực hiện Công điện này./.",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT.");
        assertEquals(List.of("2.a", "2.b", "3"), rows.tasks().stream().map(TaskRow::ordinal).toList());
        assertEquals(List.of("Bộ Công an", "Bộ Công an", "Bộ Tài chính"), rows.tasks().stream().map(TaskRow::lead).toList());
        assertEquals("Ngân hàng Nhà nước Việt Nam", rows.tasks().get(2).coordinating());
        assertEquals("Chỉ đạo các đơn vị rà soát các hệ thống thông tin quan trọng, bảo đảm an toàn dữ liệu.",
                rows.tasks().getFirst().name());
        assertEquals("Để khắc phục hạn chế, Thủ tướng Chính phủ yêu câu:", rows.tasks().getFirst().section().title());
        // the items to everyone are no tasks, and the report says which they are
        assertEquals(List.of(8, 14), rows.unparsed().stream().filter(u -> u.reason().equals(ProseItems.NOT_ONE_BODY))
                .map(Unparsed::line).toList());
    }

    /**
     * A directive's item naming one post over lettered items ("Chủ tịch Ủy ban nhân dân các tỉnh, …:") gives them as
     * the post's tasks, led by the body it heads; an item opening with a list of bodies and a verb of the directive
     * ("… và các cơ quan thông tấn, báo chí tăng cường …") is their task. Posts listed together still address everyone.
     */
    @Test
    void aDirectivesPostHeadingAndListOfBodiesGiveTasks() throws Exception {
        ExtractedRows rows = extract(
                "CHỈ THỊ",
                "Về tăng cường phòng, chống lừa đảo trên không gian mạng",
                "Để khắc phục tình trạng này, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
                "1. Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã tập trung thực hiện các nhiệm vụ được giao.",
                "2. Chủ tịch Ủy ban nhân dân các xã, phường:",
                "a) Chỉ đạo lực lượng công an xã tăng cường tuần tra.",
                "b) Tuyên truyền cho người dân các thủ đoạn lừa đảo mới.",
                "3. Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Ngãi, Cổng Thông tin điện tử tỉnh và các cơ quan "
                        + "báo chí tăng cường thông tin về các thủ đoạn lừa đảo.",
                "4. Sở Tài chính đẩy mạnh thanh toán không dùng tiền mặt.");
        assertEquals(List.of("2.a", "2.b", "3", "4"), rows.tasks().stream().map(TaskRow::ordinal).toList());
        assertEquals(List.of("Chủ tịch Ủy ban nhân dân các xã, phường", "Chủ tịch Ủy ban nhân dân các xã, phường", "", ""),
                rows.tasks().stream().map(TaskRow::responsibleHead).toList());
        assertEquals("Ủy ban nhân dân các xã, phường", rows.tasks().getFirst().lead());
        assertEquals("Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Ngãi, Cổng Thông tin điện tử tỉnh và các cơ quan báo chí",
                rows.tasks().get(2).lead());
        assertEquals("Sở Tài chính", rows.tasks().get(3).lead());
    }

    /**
     * A text copied from a PDF keeps the page's line breaks: a line that fills the page's width without a closing mark
     * goes on with the next one even from a capital, so an item whose body list wraps ("… Thông tấn xã Việt" / "Nam, …")
     * stays one item with its lead.
     */
    @Test
    void aTextBrokenAtThePagesWidthIsReadAsItsParagraphs() throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "CÔNG ĐIỆN",
                "Về tăng cường phòng ngừa, xử lý hoạt động lừa đảo trên không gian mạng",
                "Thời gian qua, các bộ, ngành, địa phương đã chủ động triển khai thực hiện và",
                "đạt một số kết quả tích cực. Để khắc phục tình trạng này, Thủ tướng Chính phủ",
                "yêu cầu:"));
        for (int i = 1; i <= 4; i++) {
            lines.add(i + ". Bộ Công an chủ trì rà soát, kịp thời phát hiện, ngăn chặn các nội dung, trang");
            lines.add("web, đường dẫn, ứng dụng, hội, nhóm, tài khoản trên không gian mạng liên quan đến");
            lines.add("hoạt động lừa đảo, nhất là các cuộc gọi từ nước ngoài.");
        }
        lines.add("5. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt");
        lines.add("Nam, Cổng Thông tin điện tử Chính phủ và các cơ quan báo chí tăng cường thông");
        lines.add("tin về âm mưu, phương thức, thủ đoạn mới của hành vi lừa đảo chiếm đoạt tài sản.");
        for (int i = 6; i <= 8; i++) {
            lines.add(i + ". Bộ Tài chính chủ trì nghiên cứu, đề xuất biện pháp tăng cường kiểm tra việc góp");
            lines.add("vốn điều lệ của doanh nghiệp sau khi được cấp Giấy chứng nhận đăng ký doanh");
            lines.add("nghiệp; phối hợp chặt chẽ với Bộ Công an để xác thực thông tin người đại diện.");
        }
        ExtractedRows rows = extract(lines.toArray(String[]::new));
        TaskRow press = rows.tasks().stream().filter(t -> t.ordinal().equals("5")).findFirst().orElseThrow();
        assertEquals("Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam, Cổng Thông tin điện tử "
                + "Chính phủ và các cơ quan báo chí", press.lead());
        assertEquals(8, rows.tasks().size());
    }

    /** An item of the tasks part that opens with its body and a verb of assignment is led by that body. */
    @Test
    void aTaskOpeningWithItsBodyAndAnAssignmentIsLedByIt() throws Exception {
        ExtractedRows rows = extract(
                "KẾ HOẠCH", "Chuyển đổi số năm 2026",
                "II. NHIỆM VỤ",
                "1. Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã số hóa hồ sơ một cửa, hoàn thành trước "
                        + "ngày 30 tháng 6 năm 2026.",
                "2. Tuyên truyền về chuyển đổi số trên hệ thống loa truyền thanh, thực hiện thường xuyên.");
        assertEquals(List.of("Văn phòng HĐND và UBND xã", ""), rows.tasks().stream().map(TaskRow::lead).toList());
        assertEquals("Công an xã", rows.tasks().getFirst().coordinating());
        assertEquals("trước ngày 30 tháng 6 năm 2026", rows.tasks().getFirst().deadline());
    }

    /**
     * Fields printed under a label, on lines under the task or as clauses of its sentence, are what a table's columns
     * would be: lead, coordinating units, time and product; the task's name is its own words without them.
     */
    @Test
    void labelledFieldsUnderAProseTaskAreItsLeadTimeAndProduct() throws Exception {
        ExtractedRows rows = extract(
                "KẾ HOẠCH", "Chuyển đổi số năm 2026",
                "III. NHIỆM VỤ, GIẢI PHÁP",
                "1. Hoàn thiện thể chế",
                "a) Ban hành quy chế vận hành hệ thống thông tin của huyện.",
                "- Cơ quan chủ trì: Văn phòng HĐND và UBND huyện.",
                "- Cơ quan phối hợp: Phòng Tư pháp; Phòng Nội vụ.",
                "- Thời gian hoàn thành: Quý III/2026.",
                "- Sản phẩm: Quyết định ban hành quy chế.",
                "b) Xây dựng danh mục dữ liệu dùng chung, trong đó: dữ liệu đất đai, dữ liệu hộ tịch.",
                "2. Phát triển hạ tầng số",
                "Nâng cấp mạng nội bộ của các cơ quan. Đơn vị thực hiện: Phòng Văn hóa và Thông tin; thời gian: năm 2026.");
        List<TaskRow> tasks = rows.tasks();
        assertEquals(List.of("Ban hành quy chế vận hành hệ thống thông tin của huyện.",
                        "Xây dựng danh mục dữ liệu dùng chung, trong đó: dữ liệu đất đai, dữ liệu hộ tịch.",
                        "Nâng cấp mạng nội bộ của các cơ quan."), tasks.stream().map(TaskRow::name).toList());
        assertEquals(List.of("Văn phòng HĐND và UBND huyện", "", "Phòng Văn hóa và Thông tin"),
                tasks.stream().map(TaskRow::lead).toList());
        assertEquals("Phòng Tư pháp; Phòng Nội vụ", tasks.getFirst().coordinating());
        assertEquals(List.of("Quý III/2026", "", "năm 2026"), tasks.stream().map(TaskRow::deadline).toList());
        assertEquals(List.of("Quyết định ban hành quy chế"), tasks.getFirst().result());
    }

    /** Numbered items after a plan's part that gave tasks stay the part's: the directive's reading is only for texts without. */
    @Test
    void aPlansPartsKeepTheirTasksBeforeAnyDirectiveReading() throws Exception {
        ExtractedRows rows = extract(
                "Ủy ban nhân dân xã yêu cầu:",
                "1. Văn phòng HĐND và UBND xã chủ trì xây dựng kế hoạch.",
                "II. NHIỆM VỤ",
                "1. Số hóa hồ sơ đất đai.");
        assertEquals(List.of("Số hóa hồ sơ đất đai."), rows.tasks().stream().map(TaskRow::name).toList());
    }

    @Test
    void aDocumentWithATaskTableKeepsTheTableAsItsList() throws Exception {
        ExtractedRows rows = extract(
                "II. NHIỆM VỤ CỤ THỂ",
                "1. Nâng cao nhận thức",
                "a) Tuyên truyền Nghị quyết.",
                "",
                "| TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |",
                "|---|---|---|---|",
                "| 1 | Tuyên truyền Nghị quyết | Sở Văn hóa, Thể thao và Du lịch | 2026 |");
        assertEquals(1, rows.tasks().size());
        assertEquals("Sở Văn hóa, Thể thao và Du lịch", rows.tasks().getFirst().lead());
    }

    /**
     * A part on tasks that holds a task table under one of its numbered headings and lettered items under another
     * gives both: the items in their group, the table's rows under the heading they are printed under.
     */
    @Test
    void aTaskTableBesideLetteredItemsInOnePartGivesBoth() throws Exception {
        ExtractedRows rows = extract(
                "KẾ HOẠCH", "Chuyển đổi số năm 2026",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Quán triệt đầy đủ các nội dung của Kế hoạch.",
                "II. NHIỆM VỤ",
                "1. Phát triển chính quyền số",
                "a) Duy trì vận hành hệ thống quản lý văn bản.",
                "b) Triển khai họp không giấy tờ; hoàn thành trong Quý III/2026.",
                "2. Nhiệm vụ phối hợp với các đơn vị",
                "TT\tNội dung\tChủ trì\tPhối hợp\tThời gian thực hiện",
                "1\tRà soát dữ liệu dân cư\tCông an xã\tVăn phòng HĐND và UBND xã\tQuý II/2026",
                "2\tPhổ cập kỹ năng số\tHội Liên hiệp Phụ nữ xã\tHội Nông dân xã\tTháng 9/2026",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Công an xã chủ trì theo dõi việc thực hiện.");
        List<TaskRow> tasks = rows.tasks();
        assertEquals(List.of("1.a", "1.b", "1", "2"), tasks.stream().map(TaskRow::ordinal).toList());
        assertEquals(List.of("Phát triển chính quyền số", "Phát triển chính quyền số", "Nhiệm vụ phối hợp với các đơn vị",
                "Nhiệm vụ phối hợp với các đơn vị"), tasks.stream().map(t -> t.section().title()).toList());
        assertEquals(List.of("", "", "Công an xã", "Hội Liên hiệp Phụ nữ xã"), tasks.stream().map(TaskRow::lead).toList());
        // the goals part and the implementation part give no tasks beside a table: the table is the list
        assertTrue(tasks.stream().noneMatch(t -> t.name().contains("Quán triệt") || t.name().contains("theo dõi")));
        assertEquals(List.of("1", "2"), rows.taskSections().stream().map(SectionRow::number).toList());
    }

    /** The prose of a body whose tasks are listed in an appendix's table summarises them: only the table's rows. */
    @Test
    void aBodyOverAnAppendixTableGivesOnlyTheTablesTasks() throws Exception {
        ExtractedRows rows = extract(
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "1. Nâng cao nhận thức",
                "a) Tuyên truyền Nghị quyết.",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Sở Khoa học và Công nghệ chủ trì theo dõi việc thực hiện.",
                "PHỤ LỤC",
                "DANH MỤC NHIỆM VỤ",
                "(Kèm theo Kế hoạch số 12/KH-UBND)",
                "TT\tTên nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành",
                "1\tTuyên truyền Nghị quyết\tSở Văn hóa, Thể thao và Du lịch\t2026");
        assertEquals(List.of("Tuyên truyền Nghị quyết"), rows.tasks().stream().map(TaskRow::name).toList());
        assertNull(rows.tasks().getFirst().section());
    }

    /**
     * A line or clause that only says who leads and when ("+ Chủ trì: …; phối hợp: … . Thời gian: …", "- X chủ trì,
     * phối hợp với …; thời gian: …", "…; X chủ trì; thời gian: …") belongs to the item before it.
     */
    @Test
    void leadAndTimeOnTheLineAfterAnItemAreThatItems() throws Exception {
        ExtractedRows rows = extract(
                "KẾ HOẠCH", "Chuyển đổi số năm 2026",
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "1. Nâng cao nhận thức",
                "- Các cấp ủy quán triệt Nghị quyết đến 100% đảng viên.",
                "+ Chủ trì: Ban Tổ chức Tỉnh ủy; phối hợp: các cấp ủy trực thuộc. Thời gian: Quý II/2025.",
                "- Đưa chỉ tiêu chuyển đổi số vào đánh giá tổ chức đảng.",
                "+ Chủ trì: Văn phòng Tỉnh ủy. Thời gian: Hằng năm.",
                "2. Phát triển chính quyền số",
                "a) Duy trì hệ thống quản lý văn bản; Văn phòng HĐND và UBND xã chủ trì; thời gian: thường xuyên.",
                "b) Triển khai nền tảng số của Đảng ủy.",
                "- Văn phòng Đảng ủy chủ trì, phối hợp với Phòng Văn hóa - Xã hội thực hiện; thời gian: Thường xuyên.",
                "c) Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã số hóa hồ sơ một cửa.");
        List<TaskRow> tasks = rows.tasks();
        assertEquals(List.of("Các cấp ủy quán triệt Nghị quyết đến 100% đảng viên.",
                "Đưa chỉ tiêu chuyển đổi số vào đánh giá tổ chức đảng.", "Duy trì hệ thống quản lý văn bản",
                "Triển khai nền tảng số của Đảng ủy.",
                "Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã số hóa hồ sơ một cửa."),
                tasks.stream().map(TaskRow::name).toList());
        assertEquals(List.of("Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy", "Văn phòng HĐND và UBND xã", "Văn phòng Đảng ủy",
                "Văn phòng HĐND và UBND xã"), tasks.stream().map(TaskRow::lead).toList());
        assertEquals(List.of("các cấp ủy trực thuộc", "", "", "Phòng Văn hóa - Xã hội", "Công an xã"),
                tasks.stream().map(TaskRow::coordinating).toList());
        assertEquals(List.of("Quý II/2025", "Hằng năm", "thường xuyên", "Thường xuyên", ""),
                tasks.stream().map(TaskRow::deadline).toList());
    }

    /** In the implementation part too, a line under an item that only gives its time or units is that item's. */
    @Test
    void implementationItemsTakeTheirTimeLines() throws Exception {
        ExtractedRows rows = extract(
                "KẾ HOẠCH", "Chuyển đổi số năm 2026",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.",
                "- Thời gian: Hằng quý.",
                "2. Sở Tài chính",
                "- Bố trí kinh phí thực hiện Kế hoạch.",
                "+ Thời gian: Năm 2026.");
        List<TaskRow> tasks = rows.tasks();
        assertEquals(List.of("Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.",
                "Bố trí kinh phí thực hiện Kế hoạch."), tasks.stream().map(TaskRow::name).toList());
        assertEquals(List.of("Sở Khoa học và Công nghệ", "Sở Tài chính"), tasks.stream().map(TaskRow::lead).toList());
        assertEquals(List.of("Hằng quý", "Năm 2026"), tasks.stream().map(TaskRow::deadline).toList());
    }

    /**
     * The implementation part: an item naming the body that leads it is a task, one addressed to every body of a kind
     * is an instruction the report lists; the document's closing sentence ("…./.") is no task's text.
     */
    @Test
    void implementationItemsAndTheClosingSentence() throws Exception {
        ExtractedRows rows = extract(
                "KẾ HOẠCH", "Chuyển đổi số năm 2026",
                "II. NHIỆM VỤ",
                "1. Số hóa hồ sơ đất đai.",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Các chi bộ trực thuộc xây dựng kế hoạch thực hiện, hoàn thành trong tháng 3/2026.",
                "2. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan báo chí tuyên truyền sâu rộng.",
                "Chương trình hành động này được phổ biến đến chi bộ./.");
        List<TaskRow> tasks = rows.tasks();
        assertEquals(List.of("1", "2"), tasks.stream().map(TaskRow::ordinal).toList());
        assertEquals("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan báo chí tuyên truyền sâu rộng.",
                tasks.get(1).name());
        assertEquals(new vn.nq57.loader.read.LineSpan(7, 7), tasks.get(1).span());
        assertEquals(List.of(6), rows.unparsed().stream().filter(u -> u.reason().equals(ProseItems.NOT_ASSIGNED))
                .map(Unparsed::line).toList());
    }

    @Test
    void goalsWithNumbersBecomeIndicatorsUnderTheirHorizon() throws Exception {
        ExtractedRows rows = extract(
                "II. MỤC TIÊU",
                "1. Mục tiêu đến năm 2030",
                "- Quy mô kinh tế số đạt tối thiểu 25% GRDP; tỷ lệ hồ sơ trực tuyến đạt trên 90%.",
                "- Phủ sóng 5G toàn tỉnh, thuộc nhóm 10 tỉnh dẫn đầu.",
                "- Nhân lực nghiên cứu đạt 10,1 người trên một vạn dân; số sáng chế tăng trung bình 12 - 15%/năm.",
                "2. Tầm nhìn đến năm 2045",
                "Tối thiểu có 3 doanh nghiệp công nghệ số của tỉnh.");
        List<IndicatorRow> goals = rows.indicators();
        assertEquals(5, goals.size(), goals.toString());
        IndicatorRow economy = goals.getFirst();
        assertEquals("Quy mô kinh tế số", economy.name());
        assertEquals("tối thiểu 25% GRDP", economy.target());
        assertEquals("% GRDP", economy.unit());
        assertEquals("Mục tiêu đến năm 2030", economy.group().title());
        assertEquals("tỷ lệ hồ sơ trực tuyến", goals.get(1).name());
        assertEquals("trên 90%", goals.get(1).target());
        assertEquals("%", goals.get(1).unit());
        assertEquals("10,1 người trên một vạn dân", goals.get(2).target());   // as printed
        assertEquals("người trên một vạn dân", goals.get(2).unit());
        assertEquals("12 - 15%/năm", goals.get(3).target());
        assertEquals("%/năm", goals.get(3).unit());
        assertEquals("Tầm nhìn đến năm 2045", goals.get(4).group().title());
        assertEquals("doanh nghiệp", goals.get(4).unit());
    }

    @Test
    void numberedGoalsKeepTheirNumberAndAnItemsOwnHorizon() throws Exception {
        ExtractedRows rows = extract(
                "I. MỤC TIÊU",
                "1. Đến năm 2025, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.",
                "2. Đến năm 2026, hoàn thành Cơ sở dữ liệu quốc gia về đất đai.",
                "3. Tỷ lệ dịch vụ công trực tuyến toàn trình đạt tối thiểu 80%.",
                "- Ít nhất 70% người dân trưởng thành có tài khoản định danh điện tử.",
                "II. NHIỆM VỤ",
                "Chi tiết tại Phụ lục kèm theo Kế hoạch này.");
        List<IndicatorRow> goals = rows.indicators();
        // item 2 states no measurable target: no indicator
        assertEquals(List.of("1", "3", ""), goals.stream().map(IndicatorRow::ordinal).toList(), goals.toString());
        assertEquals("100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình", goals.getFirst().name());
        assertEquals("100%", goals.getFirst().target());
        assertEquals(2025, goals.getFirst().horizon());
        assertNull(goals.get(1).horizon());
    }

    @Test
    void resolution57HasItsTaskGroupsAssignmentsAndGoals() throws Exception {
        ExtractedRows rows = extract(SOURCES.resolve("nq57-tw_bo-chinh-tri.txt"));
        // part III: seven groups, each a section with tasks; part IV: assignments with a lead
        List<SectionRow> groups = rows.taskSections().stream().filter(s -> s.number() != null && s.number().matches("\\d")).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), groups.stream().map(SectionRow::number).toList());
        for (SectionRow g : groups) assertTrue(rows.tasks().stream().anyMatch(t -> t.section() == g), g.title());
        TaskRow propaganda = rows.tasks().stream().filter(t -> t.lead().equals("Ban Tuyên giáo Trung ương")).findFirst().orElseThrow();
        assertEquals("các cơ quan liên quan", propaganda.coordinating());
        assertEquals("IV", propaganda.section().number());
        TaskRow office = rows.tasks().stream().filter(t -> t.lead().equals("Văn phòng Trung ương Đảng")).findFirst().orElseThrow();
        assertEquals("Ban Kinh tế Trung ương", office.coordinating());
        assertTrue(rows.tasks().stream().noneMatch(t -> t.name().contains("\\-") || t.name().contains("**")), "markup left out");
        // part II: goals with numbers, by horizon
        IndicatorRow economy = rows.indicators().stream().filter(i -> i.name().equals("Quy mô kinh tế số")).findFirst().orElseThrow();
        assertEquals("tối thiểu 30% GDP", economy.target());
        assertEquals("% GDP", economy.unit());
        assertEquals("Đến năm 2030", economy.group().title());
        IndicatorRow innovation = rows.indicators().stream()
                .filter(i -> i.name().equals("Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo")).findFirst().orElseThrow();
        assertEquals("trên 40%", innovation.target());
        assertTrue(rows.indicators().stream().anyMatch(i -> i.group().title().contains("2045")
                && i.target().equals("tối thiểu 50% GDP")), rows.indicators().toString());
    }

    /**
     * A division that reports past results ("Phần I" with its heading on the next line, "KẾT QUẢ …") gives no tasks or
     * goals from any of its parts, even those that name tasks; the plan's own division after it does.
     */
    @Test
    void aDivisionOnPastResultsGivesNoTasksOrGoals() throws Exception {
        ExtractedRows rows = extract(
                "KẾ HOẠCH",
                "Ứng dụng công nghệ thông tin năm 2027",
                "Phần I",
                "KẾT QUẢ TRIỂN KHAI NĂM 2026",
                "I. MỤC TIÊU ĐÃ ĐẠT",
                "- Tỷ lệ hồ sơ xử lý trực tuyến đạt 81%.",
                "II. CÁC NHIỆM VỤ ĐÃ TRIỂN KHAI",
                "1. Hạ tầng số",
                "Trong năm 2026, Sở Khoa học và Công nghệ đã nâng cấp mạng diện rộng của tỉnh.",
                "Phần II",
                "KẾ HOẠCH NĂM 2027",
                "I. MỤC TIÊU",
                "- Tỷ lệ hồ sơ xử lý trực tuyến đạt 95%.",
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "1. Dữ liệu số",
                "a) Số hóa hồ sơ lưu trữ của các sở.",
                "b) Kết nối kho dữ liệu dùng chung.");
        assertEquals(List.of("1.a", "1.b"), rows.tasks().stream().map(TaskRow::ordinal).toList());
        assertEquals(List.of("95%"), rows.indicators().stream().map(IndicatorRow::target).toList());
    }

    /**
     * A part titled as an evaluation ("II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ …") gives no tasks wherever it stands; a division
     * "Phần I. ĐÁNH GIÁ …" on one line covers its parts until their numbers start again at "I".
     */
    @Test
    void aPartOnPastResultsGivesNoTasks() throws Exception {
        ExtractedRows rows = extract(
                "PHẦN I. ĐÁNH GIÁ CÔNG TÁC NĂM 2026",
                "I. NHIỆM VỤ TRỌNG TÂM ĐÃ LÀM",
                "1. Ban hành quy chế khai thác dữ liệu.",
                "II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH",
                "1. Rút ngắn thời gian giải quyết hồ sơ.",
                "I. NHIỆM VỤ NĂM 2027",
                "1. Mở rộng thanh toán không dùng tiền mặt.");
        assertEquals(List.of("Mở rộng thanh toán không dùng tiền mặt."), rows.tasks().stream().map(TaskRow::name).toList());
    }

    /**
     * A numbered heading over items numbered under it ("3." over "3.1.", "3.2.") only heads them: it is no task, and
     * the lettered items of "3.2." are its tasks, numbered "3.2.a", "3.2.b".
     */
    @Test
    void aNumberedHeadingOverSubNumberedItemsIsNoTask() throws Exception {
        ExtractedRows rows = extract(
                "II. NHIỆM VỤ CỤ THỂ",
                "**1. Phổ biến kế hoạch đến cán bộ**",
                "- Tổ chức hội nghị phổ biến kế hoạch.",
                "**3. Chỉ đạo hoàn thiện quy định về dữ liệu số và giám sát thực hiện**",
                "**3.1. Các nhiệm vụ chung:**",
                "- Rà soát các quy định chồng chéo về dữ liệu.",
                "**3.2 Các nhiệm vụ riêng**",
                "a) Xây dựng bộ tiêu chí dữ liệu mở.",
                "b) Công bố danh mục dữ liệu dùng chung.");
        assertEquals(List.of("", "", "3.2.a", "3.2.b"), rows.tasks().stream().map(TaskRow::ordinal).toList());
        assertTrue(rows.tasks().stream().noneMatch(t -> t.name().startsWith("Chỉ đạo hoàn thiện")), rows.tasks().toString());
        assertEquals("3.1", rows.tasks().get(1).section().number());
        assertEquals("Rà soát các quy định chồng chéo về dữ liệu.", rows.tasks().get(1).name());
        assertEquals("3.2", rows.tasks().get(2).section().number());
    }

    /**
     * Under a lettered item that names a body in more than eight words ("b) Chi bộ Trung tâm Dữ liệu và Công nghệ số
     * của tỉnh"), each bullet is a task led by that body, as under a short name; a lettered sentence with bullets under
     * it ("c) Trung tâm … được nâng cấp … .") stays one task.
     */
    @Test
    void bulletsUnderALongBodyNameAreItsTasks() throws Exception {
        ExtractedRows rows = extract(
                "III. PHÂN CÔNG NHIỆM VỤ",
                "2. Các đơn vị theo chức năng",
                "**a) Chi bộ Văn phòng Sở**",
                "- Tổng hợp báo cáo quý.",
                "**b) Chi bộ Trung tâm Dữ liệu và Công nghệ số của tỉnh**",
                "- Vận hành kho dữ liệu dùng chung.",
                "- Giám sát an toàn hệ thống.",
                "c) Trung tâm dữ liệu tỉnh được nâng cấp theo tiêu chuẩn quốc gia của năm tới.",
                "- Máy chủ và lưu trữ.");
        assertEquals(List.of("Tổng hợp báo cáo quý.", "Vận hành kho dữ liệu dùng chung.", "Giám sát an toàn hệ thống.",
                "Trung tâm dữ liệu tỉnh được nâng cấp theo tiêu chuẩn quốc gia của năm tới. - Máy chủ và lưu trữ."),
                rows.tasks().stream().map(TaskRow::name).toList());
        assertEquals(List.of("Chi bộ Văn phòng Sở", "Chi bộ Trung tâm Dữ liệu và Công nghệ số của tỉnh",
                "Chi bộ Trung tâm Dữ liệu và Công nghệ số của tỉnh", ""), rows.tasks().stream().map(TaskRow::lead).toList());
        assertEquals("2.c", rows.tasks().getLast().ordinal());
    }

    /**
     * Under a goals heading, a bullet or lettered item that opens with a percentage or a count of something ("100% hồ
     * sơ …", "Phấn đấu 80% …", "12 xã …", "b) 95% …") is an indicator, as is a target after "đáp ứng"; a horizon line in
     * capitals ("ĐẾN NĂM 2031") groups the goals after it and does not end the goals part; "3 năm liên tục" counts no
     * target.
     */
    @Test
    void targetsOpeningWithAPercentageOrCountAreIndicators() throws Exception {
        ExtractedRows rows = extract(
                "I. MỤC TIÊU",
                "1. Mục tiêu chung",
                "Nâng cao năng lực quản trị số của tỉnh.",
                "2. Mục tiêu cụ thể",
                "a) Mục tiêu đến năm 2028",
                "- 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.",
                "- Phấn đấu 80% hộ gia đình có địa chỉ số.",
                "+ 12 doanh nghiệp công nghệ số được thành lập.",
                "+ 14 xã hoàn thành chuyển đổi số.",
                "b) 95% văn bản đi được ký số.",
                "ĐẾN NĂM 2031",
                "- Hệ thống lưu trữ bảo đảm sẵn sàng đáp ứng 100% nhu cầu của các sở.",
                "- Các phần mềm dùng chung được đáp ứng 100% yêu cầu kết nối.",
                "- 3 năm liên tục giữ thứ hạng khá.",
                "II. NHIỆM VỤ",
                "1. Số hóa hồ sơ.");
        List<IndicatorRow> goals = rows.indicators();
        assertEquals(List.of("100%", "80%", "12 doanh nghiệp", "14 xã", "95%", "100%", "100%"),
                goals.stream().map(IndicatorRow::target).toList());
        assertEquals(List.of("%", "%", "doanh nghiệp", "xã", "%", "%", "%"),
                goals.stream().map(IndicatorRow::unit).toList());
        assertEquals("100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", goals.getFirst().name());
        assertEquals("Phấn đấu 80% hộ gia đình có địa chỉ số", goals.get(1).name());
        assertEquals("Mục tiêu đến năm 2028", goals.getFirst().group().title());
        assertEquals("Hệ thống lưu trữ bảo đảm sẵn sàng", goals.get(5).name());
        assertEquals("ĐẾN NĂM 2031", goals.get(5).group().title());
        assertEquals("Các phần mềm dùng chung", goals.getLast().name());
        assertEquals(List.of("Số hóa hồ sơ."), rows.tasks().stream().map(TaskRow::name).toList());
    }

    /** A prose task's deadline is what its own sentence states at its end; a cited programme's horizon is none. */
    @Test
    void aDeadlineStatedAtTheEndOfAProseTaskIsItsDeadline() throws Exception {
        ExtractedRows rows = extract(
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "1. Thể chế",
                "- Sửa đổi các quy định về thuê dịch vụ công nghệ thông tin; thực hiện cơ bản hoàn thành trong năm 2027.",
                "- Theo dõi Chương trình chuyển đổi số của tỉnh đến năm 2032.",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Sở Tài chính chủ trì bố trí kinh phí, hoàn thành trước ngày 20/11/2026.");
        assertEquals(List.of("trong năm 2027", "", "trước ngày 20/11/2026"),
                rows.tasks().stream().map(TaskRow::deadline).toList());
    }

    /** "Phần thứ nhất: Đánh giá …" in sentence case is a division as in capitals; "Phần 2 của …" is a sentence. */
    @Test
    void aDivisionInSentenceCaseOnPastResultsGivesNoTasks() throws Exception {
        ExtractedRows rows = extract(
                "Phần thứ nhất: Đánh giá tình hình ứng dụng công nghệ năm 2026",
                "I. CÁC NHIỆM VỤ ĐÃ TRIỂN KHAI",
                "1. Cấp tài khoản định danh cho công chức.",
                "Phần thứ hai: Nhiệm vụ năm 2027",
                "I. NHIỆM VỤ CHỦ YẾU",
                "1. Triển khai hóa đơn điện tử trong trường học.");
        assertEquals(List.of("Triển khai hóa đơn điện tử trong trường học."),
                rows.tasks().stream().map(TaskRow::name).toList());
    }
}
