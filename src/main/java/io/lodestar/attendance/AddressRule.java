package io.lodestar.attendance;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The networks a device may call from: a comma-separated list of CIDR blocks or single addresses, IPv4 or IPv6
 * ({@code 192.168.1.0/24, 10.0.0.7, 2001:db8::/32}). Only literals are accepted, so reading a rule never makes a
 * DNS lookup. Behind a reverse proxy the address is the proxy's unless the server is told to trust
 * {@code X-Forwarded-For} ({@code server.forward-headers-strategy}).
 */
final class AddressRule {

	private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private record Block(byte[] network, int bits) {

		boolean contains(byte[] address) {
			if (address.length != network.length) {
				return false;
			}
			for (int bit = 0; bit < bits; bit++) {
				int mask = 0x80 >>> (bit % 8);
				if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

	private final List<Block> blocks;

	private final String text;

	private AddressRule(List<Block> blocks, String text) {
		this.blocks = blocks;
		this.text = text;
	}

	/** The rule, or {@code null} for blank text (any address); throws IllegalArgumentException for a bad entry. */
	static AddressRule parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		List<Block> blocks = new ArrayList<>();
		List<String> canonical = new ArrayList<>();
		for (String entry : text.split("[,;\\s]+")) {
			if (entry.isEmpty()) {
				continue;
			}
			int slash = entry.indexOf('/');
			byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
			int bits = address.length * 8;
			if (slash >= 0) {
				try {
					bits = Integer.parseInt(entry.substring(slash + 1));
				}
				catch (NumberFormatException e) {
					throw new IllegalArgumentException(entry);
				}
				if (bits < 0 || bits > address.length * 8) {
					throw new IllegalArgumentException(entry);
				}
			}
			blocks.add(new Block(address, bits));
			canonical.add(entry);
		}
		return blocks.isEmpty() ? null : new AddressRule(List.copyOf(blocks), String.join(", ", canonical));
	}

	boolean allows(String remoteAddress) {
		try {
			byte[] address = literal(remoteAddress);
			return blocks.stream().anyMatch(block -> block.contains(address));
		}
		catch (IllegalArgumentException notAnAddress) {
			return false;
		}
	}

	/** The rule as stored and shown: the entries separated by ", ". */
	String text() {
		return text;
	}

	private static byte[] literal(String text) {
		if (text == null || !LITERAL.matcher(text).matches()) {
			throw new IllegalArgumentException(text);
		}
		try {
			return InetAddress.getByName(text).getAddress();
		}
		catch (UnknownHostException e) {
			throw new IllegalArgumentException(text, e);
		}
	}

}
