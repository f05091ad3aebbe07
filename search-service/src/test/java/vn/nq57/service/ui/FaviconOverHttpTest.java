package vn.nq57.service.ui;

import org.junit.jupiter.api.Test;
import vn.nq57.service.RealDataServiceTest;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service's icon: {@code /favicon.ico}, which browsers ask for on their own, is an icon of ours (it was a 404 on
 * every first visit), and every page links its icons, each of which the service serves as an image.
 */
class FaviconOverHttpTest extends RealDataServiceTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ICON = Pattern.compile("<link rel=\"icon\" href=\"([^\"]+)\"");

    @Test
    void theFaviconIsServedAsAnIcon() throws Exception {
        HttpResponse<byte[]> icon = HTTP.send(HttpRequest.newBuilder(uri("/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"), icon.headers().toString());
        byte[] body = icon.body();
        assertTrue(body.length > 6);
        assertArrayEquals(new byte[] {0, 0, 1, 0}, java.util.Arrays.copyOf(body, 4), "an ICO file's header");
    }

    @Test
    void everyPageLinksIconsTheServiceServes() throws Exception {
        List<String> failures = new ArrayList<>();
        try (Stream<Path> pages = Files.list(ROOT.resolve("search-service/src/main/resources/static"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = page.getFileName().toString();
                String html = HTTP.send(HttpRequest.newBuilder(uri("/" + name)).build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = ICON.matcher(html);
                int icons = 0;
                while (m.find()) {
                    icons++;
                    HttpResponse<byte[]> icon = HTTP.send(HttpRequest.newBuilder(uri("/" + m.group(1))).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    String type = icon.headers().firstValue("Content-Type").orElse("");
                    if (icon.statusCode() != 200 || !type.startsWith("image/"))
                        failures.add(name + ": " + m.group(1) + " is " + icon.statusCode() + " " + type);
                }
                if (icons == 0) failures.add(name + " links no icon");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
