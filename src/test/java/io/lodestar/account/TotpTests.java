package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The TOTP algorithm against the test vectors of RFC 6238 Appendix B, and the drift and format rules. */
class TotpTests {

	private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_KEY = ("12345678901234567890123456789012345678901234567890123456789012"
			+ "34").getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
		long step = Totp.step(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
		assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
		assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
		// what Lodestar uses: the same SHA-1 value cut to 6 digits
		assertThat(Totp.code(SHA1_KEY, step)).isEqualTo(sha1.substring(2));
	}

	@Test
	void acceptsOneStepOfClockDriftEitherSideAndNoMore() {
		byte[] secret = Totp.newSecret();
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).hasValue(step);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEmpty();
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "abcdef", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
	}

	@Test
	void base32RoundTripsAndMatchesRfc4648() {
		assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Totp.base32(SHA1_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		byte[] secret = Totp.newSecret();
		assertThat(Totp.fromBase32(Totp.base32(secret))).isEqualTo(secret);
		assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(SHA1_KEY);
	}

}
