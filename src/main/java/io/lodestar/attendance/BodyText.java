package io.lodestar.attendance;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Device bodies carry no charset: firmware set to Chinese sends GBK, international firmware UTF-8. Strict UTF-8
 * first (GBK bytes of Chinese text are almost never valid UTF-8), then GB18030, which decodes any byte sequence.
 */
final class BodyText {

	static final Charset GB18030 = Charset.forName("GB18030");

	private BodyText() {
	}

	record Decoded(String text, Charset charset) {

		boolean hasNonAscii() {
			return text.chars().anyMatch(c -> c > 127);
		}

	}

	static Decoded decode(byte[] body) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
			return new Decoded(text, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException e) {
			return new Decoded(new String(body, GB18030), GB18030);
		}
	}

}
