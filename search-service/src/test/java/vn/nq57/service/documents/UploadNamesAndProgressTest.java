package vn.nq57.service.documents;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The names an upload is saved under, and the progress a job reads from the loader's lines. */
class UploadNamesAndProgressTest {

    @Test
    void anUploadKeepsOnlyItsOwnNameInNfc() {
        assertEquals("Kế hoạch 15.docx", DocumentChanges.fileName("C:\\Users\\cán bộ\\Kế hoạch 15.docx"));
        assertEquals("passwd", DocumentChanges.fileName("../../etc/passwd"));
        String nfd = Normalizer.normalize("Kế hoạch.txt", Normalizer.Form.NFD);
        assertEquals("Kế hoạch.txt", DocumentChanges.fileName(nfd));
    }

    @Test
    void namesThatCannotBeFilesAreRefusedWithA400() {
        for (String bad : new String[] {null, "", "  ", ".hidden.txt", "dir/", "a\u0000b.txt", "x".repeat(201)}) {
            ErrorResponseException e = assertThrows(ErrorResponseException.class, () -> DocumentChanges.fileName(bad));
            assertEquals(400, e.getStatusCode().value(), String.valueOf(bad));
        }
    }

    @Test
    void aJobFollowsThePagesAndPhasesTheLoaderReports() {
        Job job = new Job("j", "add");
        job.phase(Job.Phase.READING);
        job.progress().accept("reading /tmp/x/scan.pdf");
        assertNull(job.pagesDone());
        job.progress().accept("OCR scan.pdf: page 3/30");
        assertEquals(3, job.pagesDone());
        assertEquals(30, job.pagesTotal());
        job.progress().accept("OCR scan.pdf trang 4 trên 30");
        assertEquals(4, job.pagesDone());
        job.progress().accept("parsed scan.pdf: 31 tasks, 0 indicators, 4 references");
        assertEquals(Job.Phase.PARSING, job.phase());
        job.progress().accept("SHACL: conforms");
        assertEquals(Job.Phase.VALIDATING, job.phase());
        assertEquals("SHACL: conforms", job.status().message());
    }
}
