package vn.nq57.service.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} and {@code /swagger-ui} say the service is (OpenAPI 3 {@code info}): its name, what it
 * answers, in Vietnamese and English, and where writes need the admin password; springdoc's default title was
 * "OpenAPI definition v0".
 */
@Configuration
public class ApiDescription {

    /** The OpenAPI description's {@code info}; the paths are springdoc's, read from the controllers. */
    @Bean
    OpenAPI nq57OpenApi() {
        return new OpenAPI().info(new Info()
                .title("nq57-graph API")
                .version("0.1.0")
                .description("""
                        Đồ thị tri thức và tìm kiếm tiếng Việt cho các văn bản triển khai Nghị quyết 57-NQ/TW: tìm kiếm \
                        (gõ không dấu, viết tắt, số hiệu văn bản), nguồn gốc lên 57-NQ/TW, so sánh chỉ tiêu, SPARQL, \
                        thêm văn bản (cần mật khẩu quản trị). Lỗi trả về dạng problem detail (RFC 9457), tiếng Việt khi \
                        gửi Accept-Language: vi.

                        Knowledge graph and Vietnamese search for the documents that carry Resolution 57-NQ/TW: search \
                        (without diacritics, abbreviations, document numbers), lineage up to 57-NQ/TW, indicator \
                        comparison, SPARQL, adding documents (admin password). Errors are RFC 9457 problem details."""));
    }
}
