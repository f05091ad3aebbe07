package vn.nq57.service.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./nq57 load --server URL} as an officer runs it: the repository's own launcher and the loader's jar of this
 * build, a separate process, against the real running service. What it prints is what a local load prints (the load
 * report), each added document's page, and for a refusal the service's reason with a non-zero exit.
 */
class LoadToRunningServiceTest extends WritableServiceTest {

    @TempDir
    Path dir;

    @Test
    void sendsAPlanTellsItsReportAndPageAndIsRefusedAgainUntilReplaced() throws Exception {
        Path plan = Files.writeString(dir.resolve("ke-hoach-86-cli.txt"),
                fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "186/KH-UBND"));

        Run sent = nq57("load", "--server", uri("").toString(), plan.toString());
        assertEquals(0, sent.exit(), sent.toString());
        assertTrue(sent.out().contains("ke-hoach-86-cli.txt") && sent.out().contains("186/KH-UBND"), sent.toString());
        assertTrue(sent.out().contains("  tasks       5"), "the load report, as a local load prints it: " + sent);
        assertTrue(sent.out().contains("page: " + uri("/entity.html?id=")), sent.toString());
        String document = "https://w3id.org/nq57/id/doc/lam-dong-da-sar/2026/186-kh-ubnd";
        assertTrue(sent.out().contains(document), sent.toString());
        String hits = get("/api/search?q=" + URLEncoder.encode("diem phat song wifi mien phi", StandardCharsets.UTF_8)
                + "&document=" + URLEncoder.encode(document, StandardCharsets.UTF_8)).body();
        assertTrue(hits.contains(document + "/task/"), "searchable at once: " + hits);

        Run again = nq57("load", "--server", uri("").toString(), plan.toString());
        assertEquals(2, again.exit(), again.toString());
        assertTrue(again.err().contains("--replace"), "says how to replace it: " + again);

        Files.writeString(plan, Files.readString(plan).replace("Lắp đặt điểm phát sóng wifi miễn phí",
                "Lắp đặt trạm sạc xe điện công cộng"));
        Run replaced = nq57("load", "--server", uri("").toString(), "--replace", plan.toString());
        assertEquals(0, replaced.exit(), replaced.toString());
        assertTrue(replaced.out().contains("  tasks       5"), replaced.toString());
        String renamed = get("/api/search?q=" + URLEncoder.encode("tram sac xe dien", StandardCharsets.UTF_8)
                + "&document=" + URLEncoder.encode(document, StandardCharsets.UTF_8)).body();
        assertTrue(renamed.contains(document + "/task/"), renamed);
    }

    /**
     * A plan loaded from one file, then sent again under another name: refused with the file that holds it and the
     * exact command, and that command replaces it (it once answered the same 409 again, advising --replace again).
     */
    @Test
    void theSameDocumentUnderAnotherNameIsNamedAndReplacedWithReplace() throws Exception {
        String text = fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "286/KH-UBND");
        Path first = Files.writeString(dir.resolve("ke-hoach-286-ban-dau.txt"), text);
        Run sent = nq57("load", "--server", uri("").toString(), first.toString());
        assertEquals(0, sent.exit(), sent.toString());

        Path revised = Files.writeString(dir.resolve("ke-hoach-286-ban-sua.txt"),
                text.replace("Lắp đặt điểm phát sóng wifi miễn phí", "Lắp đặt trạm sạc xe điện công cộng"));
        Run refused = nq57("load", "--server", uri("").toString(), revised.toString());
        assertEquals(2, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("the same document as the file 'ke-hoach-286-ban-dau.txt'"), refused.toString());
        String command = "./nq57 load --server " + uri("") + " --replace " + revised;
        assertTrue(refused.err().contains(command), refused.toString());

        Run replaced = nq57("load", "--server", uri("").toString(), "--replace", revised.toString());
        assertEquals(0, replaced.exit(), replaced.toString());
        assertTrue(replaced.err().contains("replacing that one"), replaced.toString());
        assertTrue(replaced.out().contains("  tasks       5"), replaced.toString());
        assertEquals(404, get("/api/documents/ke-hoach-286-ban-dau.txt").statusCode());
        assertEquals(200, get("/api/documents/ke-hoach-286-ban-sua.txt").statusCode());
        String document = "https://w3id.org/nq57/id/doc/lam-dong-da-sar/2026/286-kh-ubnd";
        String hits = get("/api/search?q=" + URLEncoder.encode("tram sac xe dien", StandardCharsets.UTF_8)
                + "&document=" + URLEncoder.encode(document, StandardCharsets.UTF_8)).body();
        assertTrue(hits.contains(document + "/task/"), hits);
    }

    @Test
    void aRefusedFileIsNamedWithTheServicesReasonAndReport() throws Exception {
        Path notes = Files.writeString(dir.resolve("ghi-chu-cli.txt"), "Ghi chú họp giao ban, không có bảng nhiệm vụ.\n");
        Run refused = nq57("load", "--server", uri("").toString(), notes.toString());
        assertEquals(2, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("refused: ") && refused.err().contains("ghi-chu-cli.txt"), refused.toString());
        assertTrue(refused.err().contains("  tasks       0"), "the report of what was read comes with it: " + refused);
        assertTrue(refused.err().indexOf("refused: ") < refused.err().indexOf("  tasks       0"),
                "the refusal is said before the report, which alone reads like a success: " + refused);
        assertEquals(404, get("/api/documents/ghi-chu-cli.txt").statusCode());
    }

    private record Run(int exit, String out, String err) {}

    /** Runs the repository's {@code nq57} launcher with the admin password in its environment. */
    private Run nq57(String... args) throws IOException, InterruptedException {
        Path launcher = ROOT.resolve("nq57");
        Path jar = ROOT.resolve("loader/target/nq57-loader.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: the loader module's package phase builds it");
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("NQ57_ADMIN_PASSWORD", PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("nq57 " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }
}
