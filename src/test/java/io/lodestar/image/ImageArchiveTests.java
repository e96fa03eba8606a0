package io.lodestar.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking an image tar the way a container runtime does, on small tars made here. */
class ImageArchiveTests {

	@TempDir
	Path temp;

	@Test
	void appliesTheLayersInOrderWithTheirModesAndLinks() throws IOException {
		Path image = image(layer(true, directory("etc", 0755), file("etc/motd", 0644, "one"),
				file("opt/tool", 0755, "#!"), directory("data", 0770), symlink("etc/link", "motd")),
				layer(false, file("etc/motd", 0600, "two")));

		Path root = unpack(image);

		assertThat(root.resolve("etc/motd")).hasContent("two");
		assertThat(mode(root.resolve("etc/motd"))).isEqualTo("rw-------");
		assertThat(mode(root.resolve("opt/tool"))).isEqualTo("rwxr-xr-x");
		assertThat(mode(root.resolve("data"))).isEqualTo("rwxrwx---");
		assertThat(Files.readSymbolicLink(root.resolve("etc/link"))).isEqualTo(Path.of("motd"));
		assertThat(root.resolve("etc/link")).hasContent("two");
	}

	@Test
	void whiteoutsRemoveWhatLowerLayersAddedButNotTheLayersOwnFiles() throws IOException {
		Path image = image(
				layer(true, file("app/old.jar", 0644, "old"), file("app/keep.jar", 0644, "keep"),
						file("cache/a", 0644, "a"), file("cache/b", 0644, "b"), file("gone/deep/x", 0644, "x")),
				// the marker comes after the layer's own file in the same folder, as tars may order them
				layer(true, file("cache/c", 0644, "c"), file("cache/.wh..wh..opq", 0644, ""),
						file("app/.wh.old.jar", 0644, ""), file(".wh.gone", 0644, ""),
						file("app/.wh.never-there", 0644, "")));

		Path root = unpack(image);

		assertThat(root.resolve("app/old.jar")).doesNotExist();
		assertThat(root.resolve("app/.wh.old.jar")).doesNotExist();
		assertThat(root.resolve("app/keep.jar")).hasContent("keep");
		assertThat(root.resolve("gone")).doesNotExist();
		assertThat(root.resolve("cache")).isDirectory();
		try (var files = Files.list(root.resolve("cache"))) {
			assertThat(files.map(path -> path.getFileName().toString())).containsExactly("c");
		}
	}

	@Test
	void readsTheConfigurationARuntimeStartsTheContainerWith() throws IOException {
		Path image = image(layer(true, file("app/x", 0644, "x")));

		try (ImageArchive archive = ImageArchive.open(image)) {
			var config = archive.config();
			assertThat(config.commandLine()).containsExactly("/opt/java/bin/java", "-cp", "/app/classes", "Main",
					"serve");
			assertThat(config.environment()).containsEntry("LODESTAR_DATA_DIR", "/data").containsEntry("A", "b=c");
			assertThat(config.user()).isEqualTo("1000:0");
			assertThat(config.workingDir()).isEqualTo("/tmp");
			assertThat(archive.layers()).hasSize(1);
		}
	}

	@Test
	void refusesEntriesThatLeaveTheRootDirectlyOrThroughALink() throws IOException {
		Path outside = unpackFails(image(layer(true, file("../escaped", 0644, "x"))));
		assertThat(outside.getParent().resolve("escaped")).doesNotExist();

		Path target = Files.createDirectories(temp.resolve("host"));
		unpackFails(image(layer(true, symlink("lib", target.toString()), file("lib/evil.so", 0644, "x"))));
		assertThat(target.resolve("evil.so")).doesNotExist();
	}

	@Test
	void hardLinksBecomeCopiesAndOwnersAreKeptWhenUnpackingAsRoot() throws IOException {
		Entry owned = new Entry("data/file", TarArchiveEntry.LF_NORMAL, 0640, "x".getBytes(StandardCharsets.UTF_8),
				null, 1000, 0);
		Path root = unpack(image(layer(true, owned, new Entry("data/hard", TarArchiveEntry.LF_LINK, 0640, null,
				"data/file", 1000, 0))));

		assertThat(root.resolve("data/hard")).hasContent("x");
		assumeTrue(Integer.valueOf(0).equals(Files.getAttribute(root, "unix:uid")), "owners are set only by root");
		assertThat(Files.getAttribute(root.resolve("data/file"), "unix:uid")).isEqualTo(1000);
		assertThat(Files.getAttribute(root.resolve("data/file"), "unix:gid")).isEqualTo(0);
	}

	@Test
	void takesAbsoluteAndDotSlashNamesAsRelativeToTheRoot() throws IOException {
		Path root = unpack(image(layer(false, file("/etc/passwd", 0644, "root"), file("./etc/group", 0644, "g"))));

		assertThat(root.resolve("etc/passwd")).hasContent("root");
		assertThat(root.resolve("etc/group")).hasContent("g");
	}

	private Path unpack(Path image) throws IOException {
		Path root = Files.createTempDirectory(temp, "root");
		try (ImageArchive archive = ImageArchive.open(image)) {
			archive.unpackInto(root);
		}
		return root;
	}

	private Path unpackFails(Path image) throws IOException {
		Path root = Files.createTempDirectory(temp, "root");
		assertThatThrownBy(() -> {
			try (ImageArchive archive = ImageArchive.open(image)) {
				archive.unpackInto(root);
			}
		}).isInstanceOf(IOException.class).hasMessageContaining("layer entry");
		return root;
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	// --- small tars in the format of `docker save` / Jib's buildTar

	private Path image(byte[]... layers) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		StringBuilder layerNames = new StringBuilder();
		for (int i = 0; i < layers.length; i++) {
			String name = "layer" + i + ".tar.gz";
			files.put(name, layers[i]);
			layerNames.append(i == 0 ? "" : ",").append('"').append(name).append('"');
		}
		files.put("config.json", """
				{"architecture":"amd64","os":"linux","config":{
				 "Env":["LODESTAR_DATA_DIR=/data","A=b=c"],
				 "Entrypoint":["/opt/java/bin/java","-cp","/app/classes","Main"],"Cmd":["serve"],
				 "User":"1000:0","WorkingDir":"/tmp"}}""".getBytes(StandardCharsets.UTF_8));
		files.put("manifest.json", ("[{\"Config\":\"config.json\",\"RepoTags\":[\"lodestar:test\"],\"Layers\":["
				+ layerNames + "]}]").getBytes(StandardCharsets.UTF_8));
		Path tar = Files.createTempFile(temp, "image", ".tar");
		try (OutputStream out = Files.newOutputStream(tar)) {
			out.write(tar(files.entrySet().stream().map(e -> file(e.getKey(), 0644, e.getValue())).toArray(Entry[]::new)));
		}
		return tar;
	}

	private static byte[] layer(boolean gzip, Entry... entries) throws IOException {
		byte[] tar = tar(entries);
		if (!gzip) {
			return tar;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(tar);
		}
		return bytes.toByteArray();
	}

	private static byte[] tar(Entry... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
			out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			for (Entry entry : entries) {
				TarArchiveEntry tarEntry = entry.toTarEntry();
				out.putArchiveEntry(tarEntry);
				if (entry.content() != null) {
					out.write(entry.content());
				}
				out.closeArchiveEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static Entry file(String name, int mode, String content) {
		return file(name, mode, content.getBytes(StandardCharsets.UTF_8));
	}

	private static Entry file(String name, int mode, byte[] content) {
		return new Entry(name, TarArchiveEntry.LF_NORMAL, mode, content, null, 0, 0);
	}

	private static Entry directory(String name, int mode) {
		return new Entry(name + "/", TarArchiveEntry.LF_DIR, mode, null, null, 0, 0);
	}

	private static Entry symlink(String name, String target) {
		return new Entry(name, TarArchiveEntry.LF_SYMLINK, 0777, null, target, 0, 0);
	}

	private record Entry(String name, byte type, int mode, byte[] content, String linkName, int uid, int gid) {

		TarArchiveEntry toTarEntry() {
			TarArchiveEntry entry = new TarArchiveEntry(name, type, false);
			entry.setMode(mode);
			entry.setUserId(uid);
			entry.setGroupId(gid);
			if (content != null) {
				entry.setSize(content.length);
			}
			if (linkName != null) {
				entry.setLinkName(linkName);
			}
			return entry;
		}

	}

}
