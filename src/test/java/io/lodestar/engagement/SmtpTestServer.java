package io.lodestar.engagement;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A minimal SMTP server for tests (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS, no auth) on a free
 * local port. Each accepted message is kept with its envelope recipients and parsed as MIME.
 */
final class SmtpTestServer implements AutoCloseable {

	/** A message as delivered: the envelope recipients and the parsed message. */
	record Mail(List<String> recipients, MimeMessage message) {
	}

	final List<Mail> received = new CopyOnWriteArrayList<>();

	private final ServerSocket socket;

	private final Thread acceptor;

	SmtpTestServer() {
		try {
			socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		acceptor = new Thread(this::acceptLoop, "smtp-test-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return socket.getLocalPort();
	}

	private void acceptLoop() {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept()) {
				converse(client);
			}
			catch (IOException closedOrBroken) {
				// the next connection starts afresh; closing the server ends the loop
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		OutputStream out = client.getOutputStream();
		reply(out, "220 localhost test SMTP");
		List<String> recipients = new ArrayList<>();
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
			switch (command) {
				case "EHLO", "HELO" -> reply(out, "250 localhost");
				case "MAIL" -> {
					recipients.clear();
					reply(out, "250 OK");
				}
				case "RCPT" -> {
					recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
					reply(out, "250 OK");
				}
				case "DATA" -> {
					reply(out, "354 End data with <CR><LF>.<CR><LF>");
					StringBuilder data = new StringBuilder();
					String dataLine;
					while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
						data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine).append("\r\n");
					}
					received.add(new Mail(List.copyOf(recipients), parse(data.toString())));
					reply(out, "250 OK queued");
				}
				case "QUIT" -> {
					reply(out, "221 Bye");
					return;
				}
				default -> reply(out, "250 OK"); // RSET, NOOP
			}
		}
	}

	private static MimeMessage parse(String data) {
		try {
			return new MimeMessage(Session.getInstance(new Properties()),
					new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void reply(OutputStream out, String text) throws IOException {
		out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}

}
