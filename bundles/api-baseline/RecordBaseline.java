import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Records the API of a DanVan release as the baseline that bnd compares every later build with.
 *
 * <pre>
 * mvn -B install -DskipTests                       # with the release version in the poms
 * java bundles/api-baseline/RecordBaseline.java    # from the repository root
 * </pre>
 *
 * For every bundle under bundles/ whose built jar exports packages, writes a jar holding its manifest and the classes
 * of its exported packages — all that bnd's baselining reads — into bundles/api-baseline/repository in Maven layout
 * (with a minimal pom), so that bnd-baseline-maven-plugin finds it as org.danvan:artifact:version.
 */
public final class RecordBaseline {

    private static final FileTime EPOCH = FileTime.fromMillis(1_767_225_600_000L); // 2026-01-01T00:00:00Z

    public static void main(String[] args) throws IOException {
        Path bundles = Path.of("bundles");
        Path repository = bundles.resolve("api-baseline/repository");
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> folders = Files.list(bundles)) {
            for (Path folder : folders.sorted().toList()) {
                Path target = folder.resolve("target");
                if (!Files.isDirectory(target)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(target)) {
                    files.filter(f -> f.getFileName().toString().startsWith(folder.getFileName() + "-")
                            && f.toString().endsWith(".jar") && !f.toString().endsWith("-tests.jar")
                            && !f.toString().endsWith("-sources.jar")).forEach(jars::add);
                }
            }
        }
        int written = 0;
        for (Path jar : jars) {
            written += record(jar, repository) ? 1 : 0;
        }
        System.out.println(written + " API baseline jars written to " + repository);
    }

    private static boolean record(Path jar, Path repository) throws IOException {
        try (JarFile in = new JarFile(jar.toFile())) {
            Manifest manifest = in.getManifest();
            Attributes main = manifest == null ? null : manifest.getMainAttributes();
            String exports = main == null ? null : main.getValue("Export-Package");
            String name = main == null ? null : main.getValue("Bundle-SymbolicName");
            String version = main == null ? null : main.getValue("Bundle-Version");
            if (exports == null || name == null || version == null || name.endsWith(".runtime")) {
                return false; // no API, or third-party libraries re-exported (Vaadin, POI)
            }
            List<String> packages = exportedPackages(exports);
            Path folder = repository.resolve("org/danvan/" + name + "/" + version);
            Files.createDirectories(folder);
            Path out = folder.resolve(name + "-" + version + ".jar");
            try (OutputStream file = Files.newOutputStream(out); JarOutputStream api = new JarOutputStream(file)) {
                JarEntry manifestEntry = new JarEntry(JarFile.MANIFEST_NAME);
                manifestEntry.setLastModifiedTime(EPOCH);
                api.putNextEntry(manifestEntry);
                manifest.write(api);
                api.closeEntry();
                for (JarEntry entry : in.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
                    String path = entry.getName();
                    int slash = path.lastIndexOf('/');
                    if (entry.isDirectory() || slash < 0 || !path.endsWith(".class")
                            || !packages.contains(path.substring(0, slash).replace('/', '.'))) {
                        continue;
                    }
                    JarEntry copy = new JarEntry(path);
                    copy.setLastModifiedTime(EPOCH);
                    api.putNextEntry(copy);
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(api);
                    }
                    api.closeEntry();
                }
            }
            Files.writeString(folder.resolve(name + "-" + version + ".pom"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>org.danvan</groupId>
                      <artifactId>%s</artifactId>
                      <version>%s</version>
                      <description>API baseline of %s %s: manifest and exported packages only</description>
                    </project>
                    """.formatted(name, version, name, version), StandardCharsets.UTF_8);
            System.out.println(name + " " + version + ": " + packages);
            return true;
        }
    }

    /** Package names of an Export-Package header (attributes and quoted values skipped). */
    static List<String> exportedPackages(String header) {
        List<String> packages = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String name = clause.toString().split(";")[0].trim();
                if (!name.isEmpty()) {
                    packages.add(name);
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return packages;
    }
}
