package io.lodestar.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How people's weighted KPI scores spread over the buckets below 60 %, 60–80 %, 80–100 %, 100–120 % and from
 * 120 %. People without any KPI data are counted apart.
 *
 * @param scored how many people have a score
 * @param withoutData people with KPIs but no data yet
 */
public record Distribution(List<Bucket> buckets, int scored, int withoutData) {

	/** @param key message key of the label; lower bound inclusive, upper exclusive (null = open) */
	public record Bucket(String key, BigDecimal from, BigDecimal to, Status status, int count) {
	}

	static final List<Bucket> EMPTY = List.of(
			new Bucket("reporting.bucket.below-60", null, new BigDecimal("0.6"), Status.BAD, 0),
			new Bucket("reporting.bucket.60-80", new BigDecimal("0.6"), new BigDecimal("0.8"), Status.BAD, 0),
			new Bucket("reporting.bucket.80-100", new BigDecimal("0.8"), BigDecimal.ONE, Status.WARN, 0),
			new Bucket("reporting.bucket.100-120", BigDecimal.ONE, new BigDecimal("1.2"), Status.OK, 0),
			new Bucket("reporting.bucket.from-120", new BigDecimal("1.2"), null, Status.OK, 0));

	/**
	 * The lower bounds of the buckets after the first, in order. The buckets follow each other without gap or
	 * overlap (each one's upper bound is the next one's lower bound), so counting the scores at or above each
	 * lower bound is enough to fill them: see {@link #ofCounts}.
	 */
	static List<BigDecimal> lowerBounds() {
		List<BigDecimal> bounds = new ArrayList<>();
		for (int i = 1; i < EMPTY.size(); i++) {
			if (EMPTY.get(i).from().compareTo(EMPTY.get(i - 1).to()) != 0) {
				throw new IllegalStateException("buckets must follow each other: " + EMPTY.get(i).key());
			}
			bounds.add(EMPTY.get(i).from());
		}
		return bounds;
	}

	/**
	 * @param scored how many people have a score
	 * @param withoutData people with KPIs but no score
	 * @param atLeast per bound of {@link #lowerBounds()}, how many scores are at or above it
	 */
	static Distribution ofCounts(int scored, int withoutData, List<Integer> atLeast) {
		List<Bucket> buckets = new ArrayList<>();
		for (int i = 0; i < EMPTY.size(); i++) {
			int from = i == 0 ? scored : atLeast.get(i - 1);
			int next = i + 1 < EMPTY.size() ? atLeast.get(i) : 0;
			Bucket empty = EMPTY.get(i);
			buckets.add(new Bucket(empty.key(), empty.from(), empty.to(), empty.status(), from - next));
		}
		return new Distribution(List.copyOf(buckets), scored, withoutData);
	}

	static Distribution of(List<Scorecard> people) {
		int[] counts = new int[EMPTY.size()];
		int scored = 0;
		int withoutData = 0;
		for (Scorecard person : people) {
			if (person.score() == null) {
				if (person.kpis() > 0) {
					withoutData++;
				}
				continue;
			}
			scored++;
			for (int i = 0; i < EMPTY.size(); i++) {
				Bucket bucket = EMPTY.get(i);
				if ((bucket.from() == null || person.score().compareTo(bucket.from()) >= 0)
						&& (bucket.to() == null || person.score().compareTo(bucket.to()) < 0)) {
					counts[i]++;
					break;
				}
			}
		}
		List<Bucket> buckets = new ArrayList<>();
		for (int i = 0; i < EMPTY.size(); i++) {
			Bucket empty = EMPTY.get(i);
			buckets.add(new Bucket(empty.key(), empty.from(), empty.to(), empty.status(), counts[i]));
		}
		return new Distribution(List.copyOf(buckets), scored, withoutData);
	}

}
