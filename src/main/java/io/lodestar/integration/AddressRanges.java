package io.lodestar.integration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list of IP addresses and CIDR ranges ("10.1.0.0/16, 192.0.2.7, 2001:db8::/32"). Only literals are
 * accepted, never host names, so parsing never asks DNS.
 */
record AddressRanges(List<Range> ranges) {

	private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	record Range(byte[] network, int prefix) {

		boolean contains(byte[] address) {
			if (address.length != network.length) {
				return false;
			}
			for (int bit = 0; bit < prefix; bit++) {
				int mask = 0x80 >> (bit % 8);
				if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

	/** The ranges, or empty when an entry is not an address or range (the caller reports the text). */
	static Optional<AddressRanges> parse(String text) {
		List<Range> ranges = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return Optional.of(new AddressRanges(List.of()));
		}
		for (String entry : text.split("[,\\s]+")) {
			if (entry.isBlank()) {
				continue;
			}
			String[] parts = entry.strip().split("/", 2);
			if (!LITERAL.matcher(parts[0]).matches() || (!parts[0].contains(".") && !parts[0].contains(":"))) {
				return Optional.empty();
			}
			try {
				byte[] address = InetAddress.getByName(parts[0]).getAddress();
				int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
				if (prefix < 0 || prefix > address.length * 8) {
					return Optional.empty();
				}
				ranges.add(new Range(address, prefix));
			}
			catch (UnknownHostException | NumberFormatException invalid) {
				return Optional.empty();
			}
		}
		return Optional.of(new AddressRanges(List.copyOf(ranges)));
	}

	boolean any() {
		return ranges.isEmpty();
	}

	boolean allows(String remoteAddress) {
		if (any()) {
			return true;
		}
		if (remoteAddress == null || !LITERAL.matcher(remoteAddress).matches()) {
			return false;
		}
		try {
			byte[] address = InetAddress.getByName(remoteAddress).getAddress();
			return ranges.stream().anyMatch(range -> range.contains(address));
		}
		catch (UnknownHostException invalid) {
			return false;
		}
	}

}
