package org.cleanprod.bench;

import java.util.Arrays;

/**
 * Response times of one scenario, in milliseconds, with the percentiles a report needs.
 */
record Latencies(String scenario, double[] millis) {

	double percentile(double p) {
		double[] sorted = this.millis.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.clamp(index, 0, sorted.length - 1)];
	}

	double p50() {
		return percentile(50);
	}

	double p95() {
		return percentile(95);
	}

}
