package io.lodestar.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class NamePoolTests {

	@Test
	void theSameSeedGivesTheSamePeople() {
		assertThat(draw(42, 300)).isEqualTo(draw(42, 300));
		assertThat(draw(42, 50)).isNotEqualTo(draw(43, 50));
	}

	@Test
	void namesAreChineseUniqueAndHaveAsciiPinyinAddresses() {
		List<NamePool.PersonName> names = draw(7, 300);
		assertThat(names).extracting(NamePool.PersonName::name).doesNotHaveDuplicates()
			.allMatch(name -> name.matches("\\p{IsHan}{2,3}"));
		assertThat(names).extracting(NamePool.PersonName::emailLocalPart).doesNotHaveDuplicates()
			.allMatch(local -> local.matches("[a-z]+\\.[a-z]+[0-9]*"));
		assertThat(names).extracting(NamePool.PersonName::name)
			.anyMatch(name -> name.length() == 2)
			.anyMatch(name -> name.length() == 3);
	}

	@Test
	void englishNamesBecomeGivenDotSurnameAndSamePinyinGetsANumber() {
		NamePool pool = new NamePool(new Random(1));
		assertThat(pool.english("David", "Chen")).isEqualTo(new NamePool.PersonName("David Chen", "david.chen"));
		assertThatThrownBy(() -> pool.english("David", "Chen")).isInstanceOf(IllegalArgumentException.class);
		// a Chinese name drawn later may share the pinyin of an earlier one: the address gets a number
		List<String> locals = IntStream.range(0, 2000).mapToObj(i -> pool.next().emailLocalPart()).toList();
		assertThat(locals).anyMatch(local -> local.matches(".*[0-9]$"));
	}

	private static List<NamePool.PersonName> draw(long seed, int count) {
		NamePool pool = new NamePool(new Random(seed));
		return IntStream.range(0, count).mapToObj(i -> pool.next()).toList();
	}

}
