package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a bonus pool in proportion to weights (e.g. base × coefficient), to the cent, never more than the pool:
 * each share is first rounded down, then the cents left over go one by one to the largest remainders (ties: the
 * order given). The residue — what rounding left to hand out — is reported, so HR sees where each cent went.
 */
public final class PoolAllocation {

	private static final int CENTS = 2;

	private PoolAllocation() {
	}

	public static <K> Result<K> allocate(BigDecimal pool, Map<K, BigDecimal> weights) {
		if (pool.signum() < 0) {
			throw new IllegalArgumentException("a pool cannot be negative");
		}
		BigDecimal cents = pool.setScale(CENTS, RoundingMode.DOWN);
		BigDecimal total = weights.values().stream().filter(w -> w.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<K, BigDecimal> shares = new LinkedHashMap<>();
		if (total.signum() == 0) {
			weights.keySet().forEach(key -> shares.put(key, BigDecimal.ZERO.setScale(CENTS)));
			return new Result<>(shares, BigDecimal.ZERO.setScale(CENTS), cents);
		}
		List<Remainder<K>> remainders = new ArrayList<>();
		BigDecimal handedOut = BigDecimal.ZERO;
		int order = 0;
		for (Map.Entry<K, BigDecimal> entry : weights.entrySet()) {
			BigDecimal weight = entry.getValue().max(BigDecimal.ZERO);
			BigDecimal exact = cents.multiply(weight).divide(total, 20, RoundingMode.DOWN);
			BigDecimal share = exact.setScale(CENTS, RoundingMode.DOWN);
			shares.put(entry.getKey(), share);
			handedOut = handedOut.add(share);
			remainders.add(new Remainder<>(entry.getKey(), exact.subtract(share), order++));
		}
		BigDecimal residue = cents.subtract(handedOut);
		BigDecimal cent = BigDecimal.ONE.movePointLeft(CENTS);
		remainders.sort(Comparator.comparing((Remainder<K> r) -> r.remainder).reversed()
			.thenComparingInt(r -> r.order));
		BigDecimal left = residue;
		for (Remainder<K> remainder : remainders) {
			if (left.compareTo(cent) < 0) {
				break;
			}
			if (weights.get(remainder.key).signum() > 0) {
				shares.put(remainder.key, shares.get(remainder.key).add(cent));
				left = left.subtract(cent);
			}
		}
		return new Result<>(shares, residue, left);
	}

	private record Remainder<K>(K key, BigDecimal remainder, int order) {
	}

	/**
	 * @param residue the cents rounding left after the first pass (handed out by largest remainder)
	 * @param undistributed what stays in the pool (only when no one has a positive weight)
	 */
	public record Result<K>(Map<K, BigDecimal> shares, BigDecimal residue, BigDecimal undistributed) {

		public BigDecimal total() {
			return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

}
