package vn.nq57.service.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings of {@code /api/documents} ({@code nq57.documents.*}).
 *
 * @param dir          where accepted files are kept, under their own names, so a store built again from scratch
 *                     holds them too (by default the sources folder the first start loads)
 * @param reportsDir   where the load report of each added document is kept (JSON, one file per document)
 * @param maxFileSize  the largest file accepted (413 above it)
 * @param maxFiles     the most files one request may carry
 * @param answerWithin how long a request waits for its job before answering {@code 202 Accepted} with the job's
 *                     address; a change finished by then is answered directly
 * @param contentTypes the declared content types accepted (anything else is a 415); the bytes decide the format
 */
@ConfigurationProperties("nq57.documents")
public record DocumentsProperties(
        @DefaultValue("data/sources") Path dir,
        @DefaultValue("data/build/reports") Path reportsDir,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("20") int maxFiles,
        @DefaultValue("10s") Duration answerWithin,
        @DefaultValue({"text/plain", "text/markdown", "text/x-markdown", "text/html", "application/xhtml+xml",
                "application/pdf", "application/msword",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "image/png", "image/jpeg", "image/tiff", "application/octet-stream"}) List<String> contentTypes) {}
