package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exchange keys|trust|export|import|status} as two offices use them: the county's demo folder,
 * a sub-bureau's installation made from a copy of it, keys swapped, a package each way, a repeated
 * package and a damaged one.
 */
class ExchangeCommandsTest {
    private static final String SUB = "36082104";

    @TempDir Path temp;
    private final CommandRunner commands = new CommandRunner();

    private String[] as(Path dataDir, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        all[args.length + 2] = "--user";
        all[args.length + 3] = "inspector";
        return all;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().endsWith(".lock")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void keysTrustExportImportAndStatus() throws IOException {
        Path county = temp.resolve("县局");
        Path sub = temp.resolve("城关分局");
        assertThat(commands.run("demo", "--data-dir", county.toString(), "--cadres", "20", "--seed", "5")).isZero();
        copyFolder(county, sub);

        Path countyKey = temp.resolve("county.idkey");
        Path subKey = temp.resolve("sub.idkey");
        assertThat(commands.run(as(county, "exchange", "keys", "--out", countyKey.toString()))).isZero();
        assertThat(commands.stdout()).contains("本站 360821（县局", "密钥指纹");
        assertThat(commands.run(as(sub, "exchange", "keys", "--site", SUB, "--out", subKey.toString()))).isZero();
        assertThat(commands.stdout()).contains("本站 " + SUB + "（分局");
        assertThat(commands.run(as(county, "exchange", "trust", "--site", SUB, "--key", subKey.toString()))).isZero();
        assertThat(commands.stdout()).contains("已信任站点 " + SUB);
        assertThat(commands.run(as(sub, "exchange", "trust", "--site", "360821", "--key", countyKey.toString())))
                .isZero();
        // a key file given for the wrong site is refused
        assertThat(commands.run(as(sub, "exchange", "trust", "--site", "360822", "--key", countyKey.toString())))
                .isNotZero();
        assertThat(commands.stderr().strip()).contains("公钥文件属于站点 360821");

        Path first = temp.resolve("p1.idx");
        assertThat(commands.run(as(county, "exchange", "export", "--to", first.toString(), "--site", SUB))).isZero();
        assertThat(commands.stdout()).contains("第 1 号交换包");
        assertThat(commands.run(as(sub, "exchange", "import", first.toString()))).isZero();
        assertThat(commands.stdout()).contains("已导入站点 360821 的第 1 号交换包", "冲突 0 条");
        assertThat(commands.run(as(sub, "exchange", "import", first.toString()))).isZero();
        assertThat(commands.stdout()).contains("已导入过");

        // the sub-bureau's package goes to the county without --site
        Path back = temp.resolve("q1.idx");
        assertThat(commands.run(as(sub, "exchange", "export", "--to", back.toString()))).isZero();
        byte[] damaged = Files.readAllBytes(back);
        // a byte of the encrypted content (just before the 64-byte signature): only the signature notices
        damaged[damaged.length - 70] ^= 1;
        Path bad = temp.resolve("bad.idx");
        Files.write(bad, damaged);
        assertThat(commands.run(as(county, "exchange", "import", bad.toString()))).isNotZero();
        assertThat(commands.stderr().strip().lines()).singleElement().asString().contains("签名校验失败");
        assertThat(commands.run(as(county, "exchange", "import", back.toString()))).isZero();

        assertThat(commands.run(as(county, "exchange", "status"))).isZero();
        List<String> lines = commands.stdout().lines().toList();
        assertThat(lines.get(1)).startsWith("站点\t");
        assertThat(lines.get(2)).startsWith(SUB + "\t1\t");
        assertThat(commands.run(as(county, "exchange", "conflicts"))).isZero();
        assertThat(commands.stdout().strip()).isEmpty();
    }
}
