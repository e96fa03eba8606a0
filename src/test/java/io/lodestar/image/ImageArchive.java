package io.lodestar.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An image saved as a tar file in the format of {@code docker save} (what Jib's {@code buildTar} writes, and what
 * {@code docker load} / {@code podman load} read): {@code manifest.json} names the configuration file and the layers
 * in order, each layer a (gzipped) tar. {@link #unpackInto} makes the image's root file system the way a container
 * runtime does: layers applied in order, whiteout files ({@code .wh.NAME}, {@code .wh..wh..opq}) deleting what lower
 * layers put there.
 */
final class ImageArchive implements AutoCloseable {

	private final TarFile tar;

	private final Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();

	private final List<String> layers = new ArrayList<>();

	private final ImageConfig config;

	private ImageArchive(Path file) throws IOException {
		this.tar = new TarFile(file);
		for (TarArchiveEntry entry : tar.getEntries()) {
			entries.put(LayerEntries.normalize(entry.getName()), entry);
		}
		JsonMapper json = JsonMapper.builder().build();
		JsonNode manifest = json.readTree(read("manifest.json"));
		if (manifest.size() != 1) {
			throw new IOException("manifest.json describes " + manifest.size() + " images, expected one");
		}
		for (JsonNode layer : manifest.get(0).get("Layers")) {
			layers.add(layer.asString());
		}
		this.config = ImageConfig.of(json.readTree(read(manifest.get(0).get("Config").asString())));
	}

	static ImageArchive open(Path file) throws IOException {
		return new ImageArchive(file);
	}

	ImageConfig config() {
		return config;
	}

	List<String> layers() {
		return List.copyOf(layers);
	}

	/** Applies every layer in order onto {@code root}, an empty (or partly unpacked) folder. */
	void unpackInto(Path root) throws IOException {
		LayerEntries target = new LayerEntries(root);
		for (String layer : layers) {
			// whiteouts refer to lower layers only, so they go first, then the layer's own files
			try (TarArchiveInputStream in = layerStream(layer)) {
				for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					target.applyWhiteout(entry);
				}
			}
			try (TarArchiveInputStream in = layerStream(layer)) {
				for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					target.add(entry, in);
				}
			}
		}
	}

	private TarArchiveInputStream layerStream(String layer) throws IOException {
		InputStream in = new BufferedInputStream(open(layer));
		in.mark(2);
		boolean gzipped = in.read() == 0x1f && in.read() == 0x8b;
		in.reset();
		return new TarArchiveInputStream(gzipped ? new GZIPInputStream(in, 64 * 1024) : in);
	}

	private byte[] read(String name) throws IOException {
		try (InputStream in = open(name)) {
			return in.readAllBytes();
		}
	}

	private InputStream open(String name) throws IOException {
		TarArchiveEntry entry = entries.get(LayerEntries.normalize(name));
		if (entry == null) {
			throw new IOException("the image tar has no " + name);
		}
		return tar.getInputStream(entry);
	}

	@Override
	public void close() throws IOException {
		tar.close();
	}

	/** What a container runtime takes from the image configuration to start the container. */
	record ImageConfig(List<String> entrypoint, List<String> cmd, List<String> env, String user, String workingDir) {

		static ImageConfig of(JsonNode file) {
			JsonNode config = file.path("config");
			return new ImageConfig(strings(config.path("Entrypoint")), strings(config.path("Cmd")),
					strings(config.path("Env")), config.path("User").asString(""),
					config.path("WorkingDir").asString(""));
		}

		/** The environment as name → value, in the image's order. */
		Map<String, String> environment() {
			Map<String, String> map = new LinkedHashMap<>();
			for (String variable : env) {
				int equals = variable.indexOf('=');
				map.put(variable.substring(0, equals), variable.substring(equals + 1));
			}
			return map;
		}

		/** The command line a container runtime runs: the entrypoint followed by the command. */
		List<String> commandLine() {
			List<String> line = new ArrayList<>(entrypoint);
			line.addAll(cmd);
			return line;
		}

		private static List<String> strings(JsonNode array) {
			List<String> list = new ArrayList<>();
			array.forEach(node -> list.add(node.asString()));
			return list;
		}

	}

}
