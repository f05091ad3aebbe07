package vn.nq57.service.documents;

/**
 * One uploaded file: its own name (no folders), its bytes and the content type the client declared.
 */
public record Upload(String fileName, byte[] bytes, String contentType) {}
