package io.lodestar.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The signature recipe and the address rules, as documented in the README. */
class WebhookSignerTests {

	@Test
	void theReadmeSampleSignatureIsWhatIsSent() {
		assertThat(WebhookSigner.sign("whsec_test", 1772676000L, "{\"id\":\"1\",\"type\":\"employee.left\"}"))
			.isEqualTo("v1=b8244763b553d10d95e0085650a69bd62195efb453a66dfb0a1d4bca77fe8acc");
	}

	@Test
	void privateAndSpecialAddressesAreNotPublic() throws Exception {
		for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254",
				"100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd12::1", "::ffff:10.0.0.1", "64:ff9b::a00:1")) {
			assertThat(WebhookUrls.isPublic(InetAddress.getByName(address))).as(address).isFalse();
		}
		for (String address : List.of("203.0.113.10", "8.8.8.8", "2001:4860:4860::8888")) {
			assertThat(WebhookUrls.isPublic(InetAddress.getByName(address))).as(address).isTrue();
		}
	}

	@Test
	void keyAddressRangesMatchLiteralsOnly() {
		AddressRanges ranges = AddressRanges.parse("10.20.0.0/16, 192.0.2.7 2001:db8::/32").orElseThrow();
		assertThat(ranges.allows("10.20.9.9")).isTrue();
		assertThat(ranges.allows("10.21.0.1")).isFalse();
		assertThat(ranges.allows("192.0.2.7")).isTrue();
		assertThat(ranges.allows("2001:db8::5")).isTrue();
		assertThat(ranges.allows("localhost")).isFalse();
		assertThat(AddressRanges.parse("erp.example.com")).isEmpty();
		assertThat(AddressRanges.parse("10.0.0.0/33")).isEmpty();
		assertThat(AddressRanges.parse("").orElseThrow().allows("198.51.100.1")).isTrue();
	}

}
