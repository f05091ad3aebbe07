package vn.nq57.service.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problem this service reports (RFC 9457 §3.1.1 {@code type}), each with a stable URI
 * {@code https://w3id.org/nq57/problem/<code>} that clients can switch on, and its title in English and Vietnamese.
 * A client must not parse {@code detail}; the type, status and {@code parameter} say what went wrong.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", 400, "Bad request", "Yêu cầu không hợp lệ",
            "Máy chủ không hiểu yêu cầu này."),
    BAD_PARAMETER("bad-parameter", 400, "Bad parameter", "Tham số không hợp lệ",
            "Tham số '%s' không dùng được."),
    SPARQL_SYNTAX("sparql-syntax", 400, "SPARQL syntax error", "Lỗi cú pháp SPARQL",
            "Truy vấn trong tham số 'query' không đúng cú pháp SPARQL."),
    SPARQL_EVALUATION("sparql-evaluation", 400, "SPARQL evaluation error", "Không thực hiện được truy vấn SPARQL",
            "Truy vấn trong tham số 'query' không thực hiện được."),
    READ_ONLY("read-only", 400, "Read-only endpoint", "Điểm truy vấn chỉ đọc",
            "Điểm truy vấn này chỉ đọc: không nhận lệnh cập nhật (SPARQL Update); hãy gửi một truy vấn SELECT, ASK, CONSTRUCT hoặc DESCRIBE."),
    SERVICE_REFUSED("service-refused", 400, "SERVICE refused", "Không cho phép SERVICE",
            "Máy chủ này không gọi tới máy chủ khác: truy vấn dùng SERVICE bị từ chối (người quản trị có thể cho phép từng địa chỉ bằng nq57.sparql.service-allowed)."),
    TOO_DEEPLY_NESTED("too-deeply-nested", 400, "Query too deeply nested", "Truy vấn lồng quá sâu",
            "Truy vấn lồng ngoặc quá sâu; hãy viết đơn giản hơn."),
    UNAUTHORIZED("unauthorized", 401, "Authentication required", "Cần đăng nhập",
            "Thao tác này cần xác thực."),
    FORBIDDEN("forbidden", 403, "Forbidden", "Không có quyền",
            "Bạn không có quyền thực hiện thao tác này."),
    NOT_FOUND("not-found", 404, "Not found", "Không tìm thấy",
            "Không có gì ở địa chỉ này."),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed", "Phương thức không được phép",
            "Địa chỉ này không nhận phương thức HTTP đã dùng; xem tiêu đề Allow."),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable", "Không có định dạng phù hợp",
            "Không định dạng nào trong tiêu đề Accept dùng được cho kết quả này."),
    CONFLICT("conflict", 409, "Conflict with the store", "Xung đột với dữ liệu đã có",
            "Yêu cầu xung đột với những gì máy chủ đang giữ; không có gì thay đổi."),
    UNPROCESSABLE_DOCUMENT("unprocessable-document", 422, "Document cannot be used", "Không dùng được văn bản",
            "Máy chủ không đọc hoặc không hiểu được văn bản gửi lên; không có gì thay đổi."),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large", "Nội dung yêu cầu quá lớn",
            "Nội dung yêu cầu vượt quá giới hạn của máy chủ; hãy gửi nội dung nhỏ hơn."),
    URI_TOO_LONG("uri-too-long", 414, "Request URI too long", "Địa chỉ yêu cầu quá dài",
            "Địa chỉ yêu cầu dài quá giới hạn của máy chủ; hãy gửi truy vấn dài bằng POST."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type", "Kiểu nội dung không được hỗ trợ",
            "Máy chủ không đọc được kiểu nội dung (Content-Type) của yêu cầu."),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request headers too large", "Tiêu đề yêu cầu quá lớn",
            "Các tiêu đề của yêu cầu vượt quá giới hạn của máy chủ."),
    INTERNAL("internal", 500, "Internal server error", "Lỗi máy chủ",
            "Máy chủ gặp lỗi khi trả lời; yêu cầu không thay đổi dữ liệu."),
    QUERY_TIMEOUT("query-timeout", 503, "Query timeout", "Truy vấn quá thời gian",
            "Truy vấn bị dừng vì quá thời gian cho phép; hãy đơn giản hoá, thêm LIMIT hoặc xin thêm thời gian bằng tham số 'timeout'."),
    UNAVAILABLE("unavailable", 503, "Service unavailable", "Dịch vụ tạm thời không phục vụ được",
            "Máy chủ tạm thời không trả lời được yêu cầu này; hãy thử lại sau."),
    ALIGNMENT_COMPUTING("alignment-computing", 503, "Alignment being computed", "Đang tính liên kết giữa các cấp",
            "Liên kết nhiệm vụ giữa các cấp đang được tính; hãy thử lại sau.");

    /** Where every type URI starts. */
    public static final String BASE = "https://w3id.org/nq57/problem/";

    private final String code;
    private final int status;
    private final String titleEn;
    private final String titleVi;
    private final String detailVi;

    ProblemType(String code, int status, String titleEn, String titleVi, String detailVi) {
        this.code = code;
        this.status = status;
        this.titleEn = titleEn;
        this.titleVi = titleVi;
        this.detailVi = detailVi;
    }

    public String code() {
        return code;
    }

    /** The status this type usually goes with. */
    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE + code);
    }

    public String title(boolean vietnamese) {
        return vietnamese ? titleVi : titleEn;
    }

    /** A Vietnamese detail for when the thrower gave none; {@code %s} is the parameter's name where there is one. */
    String genericDetailVi(String parameter) {
        return detailVi.contains("%s") ? detailVi.formatted(parameter == null ? "?" : parameter) : detailVi;
    }

    /** The type with this URI, when it is one of ours. */
    public static Optional<ProblemType> of(URI uri) {
        if (uri == null) return Optional.empty();
        return Arrays.stream(values()).filter(t -> t.uri().equals(uri)).findFirst();
    }

    /** The type a bare status most likely means: {@code parameter} tells a bad parameter from a bad request. */
    public static ProblemType forStatus(int status, boolean aboutAParameter) {
        if (status == 400) return aboutAParameter ? BAD_PARAMETER : BAD_REQUEST;
        // the first of a status is its general type; the later ones are particular cases a thrower names
        return Arrays.stream(values()).filter(t -> t.status == status && t != QUERY_TIMEOUT).findFirst()
                .orElse(status >= 500 ? INTERNAL : BAD_REQUEST);
    }
}
