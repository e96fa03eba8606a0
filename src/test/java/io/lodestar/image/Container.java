package io.lodestar.image;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command of an unpacked image the way a container runtime would, with what this machine has (no Docker
 * daemon): in a private mount and PID namespace ({@code unshare}) the image root gets its own {@code /proc} and a
 * {@code /dev} with null, zero, full, random, urandom and tty, then {@code chroot --userspec} starts the command as
 * the image's user, with only the given environment. The network is this machine's, so the container's port and
 * PostgreSQL at 127.0.0.1 are reachable. The mounts live only as long as the namespace, so nothing is left mounted
 * once the process is gone. Needs Linux and root (as in CI).
 */
final class Container implements AutoCloseable {

	private final Process process;

	private final Path log;

	private Container(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static Container start(Path root, String user, List<String> command, Map<String, String> environment, Path log)
			throws IOException {
		ProcessBuilder builder = new ProcessBuilder(commandLine(root, user, command));
		builder.environment().clear();
		builder.environment().putAll(environment);
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		return new Container(builder.start(), log);
	}

	/** Runs a short command in the container and answers its exit code. */
	static int run(Path root, String user, List<String> command, Map<String, String> environment, Path log,
			Duration timeout) throws IOException, InterruptedException {
		try (Container container = start(root, user, command, environment, log)) {
			if (!container.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("still running after " + timeout + ": " + command);
			}
			return container.process.exitValue();
		}
	}

	private static List<String> commandLine(Path root, String user, List<String> command) {
		// /dev as runtimes make it: a fresh tmpfs with the few devices a program may open, not this machine's /dev
		String script = """
				set -e
				mount="$0" chroot="$1" root="$2" user="$3"
				shift 3
				"$mount" -t proc proc "$root/proc"
				"$mount" -t tmpfs -o mode=755,nosuid dev "$root/dev"
				for device in null zero full random urandom tty; do
				  : > "$root/dev/$device"
				  "$mount" --bind "/dev/$device" "$root/dev/$device"
				done
				exec "$chroot" --userspec="$user" "$root" "$@"
				""";
		List<String> line = new ArrayList<>(List.of(hostProgram("unshare"), "--mount", "--pid", "--fork",
				"--kill-child", "--", hostProgram("sh"), "-c", script, hostProgram("mount"), hostProgram("chroot"),
				root.toString(), user));
		line.addAll(command);
		return line;
	}

	/** The environment is the container's, so this machine's programs are named by their full path. */
	private static String hostProgram(String name) {
		String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin:/sbin:/bin";
		for (String folder : path.split(":")) {
			Path candidate = Path.of(folder, name);
			if (!folder.isEmpty() && Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		throw new IllegalStateException(name + " not found on " + path);
	}

	/** Waits until the URL answers 200, failing early if the process ends. */
	void awaitOk(String url, Duration timeout) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the container ended with " + process.exitValue() + ":\n" + tail());
			}
			try {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("no answer from " + url + " within " + timeout + ":\n" + tail());
	}

	/** The image's main process as this machine sees it: the chroot'ed program, a descendant of unshare. */
	Optional<ProcessHandle> mainProcess(String executable) {
		return process.descendants()
			.filter(handle -> handle.info().command().filter(command -> command.endsWith(executable)).isPresent())
			.findFirst();
	}

	/** The "Uid:" and "Gid:" lines of the kernel's view of a process (real, effective, saved, file system). */
	static List<String> credentials(ProcessHandle handle) throws IOException {
		return Files.readAllLines(Path.of("/proc", Long.toString(handle.pid()), "status"))
			.stream()
			.filter(line -> line.startsWith("Uid:") || line.startsWith("Gid:"))
			.map(line -> line.replaceAll("\\s+", " "))
			.toList();
	}

	String tail() throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	@Override
	public void close() throws IOException {
		// a stop as a runtime does it: SIGTERM to the container's process (unshare itself ignores it and ends with
		// its child); if that does not end it, killing unshare kills the child too (--kill-child). The namespace's
		// mounts go with its last process.
		process.descendants().forEach(ProcessHandle::destroy);
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
