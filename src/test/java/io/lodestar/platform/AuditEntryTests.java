package io.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.lodestar.platform.audit.AuditEntry;
import io.lodestar.platform.audit.Masking;

class AuditEntryTests {

	@Test
	void listsOnlyTheFieldsThatChanged() {
		Map<String, Object> before = new HashMap<>(Map.of("name", "王伟", "email", "a@x.cn"));
		before.put("manager", null);
		Map<String, Object> after = new HashMap<>(Map.of("name", "王伟", "email", "b@x.cn", "manager", "m1"));
		var entry = new AuditEntry(UUID.randomUUID(), Instant.now(), null, "hr", null, null, "UPDATE", "employee", "1",
				null, before, after);
		assertThat(entry.changes()).extracting(AuditEntry.Change::field).containsExactlyInAnyOrder("email", "manager");
	}

	@Test
	void creationsAndDeletionsShowEveryField() {
		var created = new AuditEntry(UUID.randomUUID(), Instant.now(), null, "hr", null, null, "CREATE", "position", "1",
				null, null, Map.of("code", "OP"));
		assertThat(created.changes()).singleElement().satisfies(change -> {
			assertThat(change.before()).isNull();
			assertThat(change.after()).isEqualTo("OP");
		});
	}

	@Test
	void maskedValuesRevealThatTheyChangedButNotWhatTheyAre() {
		String first = Masking.mask("13800001111");
		String second = Masking.mask("13900002222");
		assertThat(first).startsWith(Masking.MASK).doesNotContain("1380");
		assertThat(first).isNotEqualTo(second);
		assertThat(Masking.mask(null)).isNull();
	}

}
