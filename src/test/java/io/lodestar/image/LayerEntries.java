package io.lodestar.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Writes one layer's tar entries into a root folder the way container runtimes do (overlay semantics): a later entry
 * replaces an earlier one, {@code .wh.NAME} removes NAME of a lower layer, {@code .wh..wh..opq} empties its folder.
 * Entries are confined to the root: absolute names are taken as relative to it, {@code ..} and writing through a
 * symbolic link are refused (an image's links point into the image, not into this machine).
 */
final class LayerEntries {

	static final String WHITEOUT = ".wh.";

	static final String OPAQUE = ".wh..wh..opq";

	private final Path root;

	private final boolean asRoot;

	LayerEntries(Path root) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		Files.createDirectories(this.root);
		// owners can only be given by root; elsewhere (a developer's unit test run) files belong to whoever unpacks
		this.asRoot = Integer.valueOf(0).equals(Files.getAttribute(this.root, "unix:uid"));
	}

	/** The name as a relative path without "./" or a leading slash, the way runtimes read layer entries. */
	static String normalize(String name) {
		String path = name;
		while (path.startsWith("./") || path.startsWith("/")) {
			path = path.substring(path.startsWith("./") ? 2 : 1);
		}
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	void applyWhiteout(TarArchiveEntry entry) throws IOException {
		Path path = resolve(entry.getName());
		String name = path.getFileName() == null ? "" : path.getFileName().toString();
		if (name.equals(OPAQUE)) {
			Path folder = path.getParent();
			if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
				try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
					for (Path child : children) {
						deleteRecursively(child);
					}
				}
			}
		}
		else if (name.startsWith(WHITEOUT)) {
			deleteRecursively(path.resolveSibling(name.substring(WHITEOUT.length())));
		}
	}

	void add(TarArchiveEntry entry, InputStream content) throws IOException {
		Path path = resolve(entry.getName());
		String name = path.getFileName() == null ? "" : path.getFileName().toString();
		if (name.startsWith(WHITEOUT) || path.equals(root)) {
			return;
		}
		Files.createDirectories(path.getParent());
		if (entry.isDirectory()) {
			if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				deleteRecursively(path);
				Files.createDirectory(path);
			}
		}
		else if (entry.isSymbolicLink()) {
			deleteRecursively(path);
			Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
			return; // a link has no mode or owner of its own
		}
		else if (entry.isLink()) {
			deleteRecursively(path);
			Files.copy(resolve(entry.getLinkName()), path, LinkOption.NOFOLLOW_LINKS);
		}
		else if (entry.isFile()) {
			deleteRecursively(path);
			Files.copy(content, path, StandardCopyOption.REPLACE_EXISTING);
		}
		else {
			return; // device nodes and FIFOs: a runtime provides /dev itself
		}
		Files.setPosixFilePermissions(path, permissions(entry.getMode()));
		if (asRoot) {
			Files.setAttribute(path, "unix:uid", (int) entry.getLongUserId(), LinkOption.NOFOLLOW_LINKS);
			Files.setAttribute(path, "unix:gid", (int) entry.getLongGroupId(), LinkOption.NOFOLLOW_LINKS);
		}
	}

	/** The entry's place under the root; refuses names that leave it, directly or through a link. */
	Path resolve(String name) throws IOException {
		String relative = normalize(name);
		Path path = root.resolve(relative).normalize();
		if (!path.startsWith(root)) {
			throw new IOException("layer entry outside the image root: " + name);
		}
		for (Path parent = path.getParent(); parent != null && !parent.equals(root); parent = parent.getParent()) {
			if (Files.isSymbolicLink(parent)) {
				throw new IOException("layer entry through a symbolic link: " + name);
			}
		}
		return path;
	}

	static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
		PosixFilePermission[] bits = { PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
				PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
				PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.OWNER_READ };
		for (int bit = 0; bit < bits.length; bit++) {
			if ((mode & (1 << bit)) != 0) {
				permissions.add(bits[bit]);
			}
		}
		return permissions;
	}

	/** Deletes a file, link (not its target) or folder with everything in it; nothing if it does not exist. */
	static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(path, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
				if (failure != null) {
					throw failure;
				}
				Files.delete(folder);
				return FileVisitResult.CONTINUE;
			}
		});
	}

}
