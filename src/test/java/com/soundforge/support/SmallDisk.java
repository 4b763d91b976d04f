package com.soundforge.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A real small file system (tmpfs) mounted on a folder, which a test can fill to the last byte and free again.
 * Mounting needs root, which CI and the developers' machines have; elsewhere the test is skipped.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path root;
    private final Path filler;

    private SmallDisk(Path root) {
        this.root = root;
        this.filler = root.resolve("filler.bin");
    }

    public static SmallDisk mount(Path folder, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        int exit = new ProcessBuilder(
                        "mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", folder.toString())
                .inheritIO()
                .start()
                .waitFor();
        Assumptions.assumeTrue(exit == 0, "mounting a tmpfs needs root");
        return new SmallDisk(folder);
    }

    public Path root() {
        return root;
    }

    /** Writes until the file system refuses another byte. */
    public void fill() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (Files.getFileStore(root).getUsableSpace() > block.length) {
                throw full;
            }
        }
        try (OutputStream out = Files.newOutputStream(root.resolve("filler-tail.bin"))) {
            while (true) {
                out.write(0);
            }
        } catch (IOException full) {
            // not a byte left
        }
    }

    public void free() throws IOException {
        Files.deleteIfExists(filler);
        Files.deleteIfExists(root.resolve("filler-tail.bin"));
    }

    /** Remounts the file system read-only: every write and delete under it fails (EROFS), even as root. */
    public void readOnly() throws IOException, InterruptedException {
        remount("ro");
    }

    public void writable() throws IOException, InterruptedException {
        remount("rw");
    }

    private void remount(String mode) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("mount", "-o", "remount," + mode, root.toString())
                .inheritIO()
                .start()
                .waitFor();
        if (exit != 0) {
            throw new IOException("remounting " + root + " " + mode + " failed with exit code " + exit);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", root.toString()).inheritIO().start().waitFor();
    }
}
