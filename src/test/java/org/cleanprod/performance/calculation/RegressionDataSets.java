package org.cleanprod.performance.calculation;

import java.util.LinkedHashMap;
import java.util.Random;
import java.util.SequencedMap;

/** Fixed data sets for the regression tests, named after what they describe. */
final class RegressionDataSets {

	private RegressionDataSets() {
	}

	/**
	 * y and named predictor columns.
	 *
	 * @param rows one row per observation, one column per predictor (for the reference)
	 */
	record DataSet(double[] y, SequencedMap<String, double[]> predictors, double[][] rows) {

		static DataSet of(double[] y, String[] names, double[][] rows) {
			SequencedMap<String, double[]> predictors = new LinkedHashMap<>();
			for (int j = 0; j < names.length; j++) {
				double[] column = new double[rows.length];
				for (int i = 0; i < rows.length; i++) {
					column[i] = rows[i][j];
				}
				predictors.put(names[j], column);
			}
			return new DataSet(y, predictors, rows);
		}

	}

	/**
	 * A year of a food factory: electricity (MWh) against production (t), made up as 300
	 * + 0.45 × production with some noise.
	 */
	static DataSet foodFactoryYear() {
		double[] production = { 820, 910, 1005, 1120, 1180, 1230, 1150, 1090, 1010, 960, 880, 850 };
		double[] energy = { 672.4, 705.1, 758.9, 799.3, 838.6, 851.2, 820.7, 784.8, 757.3, 735.9, 690.2, 686.1 };
		double[][] rows = new double[production.length][];
		for (int i = 0; i < production.length; i++) {
			rows[i] = new double[] { production[i] };
		}
		return DataSet.of(energy, new String[] { "production" }, rows);
	}

	/**
	 * Two years of a textile mill in the north: energy (GJ) against production (t) and
	 * cooling degree days, made up as 1200 + 0.8 × production + 2.5 × CDD with Gaussian
	 * noise (σ = 25).
	 */
	static DataSet textileMillTwoYears() {
		double[][] rows = { { 1450, 2 }, { 1390, 0 }, { 1520, 18 }, { 1610, 64 }, { 1700, 142 }, { 1680, 188 },
				{ 1720, 205 }, { 1750, 196 }, { 1660, 151 }, { 1600, 98 }, { 1540, 31 }, { 1480, 6 }, { 1500, 4 },
				{ 1430, 1 }, { 1580, 25 }, { 1650, 72 }, { 1760, 150 }, { 1710, 195 }, { 1790, 214 }, { 1800, 201 },
				{ 1690, 160 }, { 1640, 90 }, { 1560, 28 }, { 1520, 3 } };
		double[] energy = { 2358.6, 2324.8, 2455.3, 2640.1, 2891.7, 3008.7, 3116.3, 3100.6, 2931.4, 2731.2, 2519.4,
				2403.6, 2368.3, 2367.9, 2539.2, 2712.5, 2940.7, 3011.9, 3144.8, 3130.8, 2959.6, 2735.9, 2531.0,
				2407.4 };
		return DataSet.of(energy, new String[] { "production", "degreeDays" }, rows);
	}

	/**
	 * A boiler house whose steam use hardly follows production: 500 + 0.4 × production
	 * with noise (σ = 20) larger than the effect. R² ≈ 0.15, model p ≈ 0.2.
	 */
	static DataSet boilerHouseWeakDriver() {
		return oneYear(
				new double[] { 527.5, 569.6, 576.7, 558.1, 548.6, 546.7, 574.8, 581.6, 546.5, 528.1, 577.3, 585.5 });
	}

	/**
	 * The same production with different noise: R² ≈ 0.31 yet model and predictor p ≈
	 * 0.06, so that only the R² rule fails.
	 */
	static DataSet boilerHouseModerateDriver() {
		return oneYear(
				new double[] { 523.1, 566.7, 551.2, 558.8, 594.5, 549.3, 559.7, 595.7, 560.9, 528.7, 535.7, 565.5 });
	}

	private static DataSet oneYear(double[] energy) {
		double[] production = { 130, 155, 142, 171, 188, 120, 163, 149, 177, 135, 158, 190 };
		double[][] rows = new double[production.length][];
		for (int i = 0; i < production.length; i++) {
			rows[i] = new double[] { production[i] };
		}
		return DataSet.of(energy, new String[] { "production" }, rows);
	}

	/**
	 * Two records of nearly the same thing (tonnes produced, tonnes packed): together
	 * they explain energy well (R² ≈ 0.97, model p ≈ 2e-7) but neither is significant on
	 * its own (p ≈ 0.25 and 0.92), the textbook sign of near-collinearity.
	 */
	static DataSet producedAndPackedTonnes() {
		double[][] rows = { { 164, 157 }, { 127, 126 }, { 104, 100 }, { 102, 100 }, { 181, 179 }, { 191, 190 },
				{ 161, 162 }, { 173, 176 }, { 154, 154 }, { 194, 198 }, { 182, 180 }, { 100, 101 } };
		double[] energy = { 543.6, 455.4, 385.4, 379.0, 548.6, 586.5, 497.8, 543.8, 504.0, 605.5, 567.4, 409.9 };
		return DataSet.of(energy, new String[] { "produced", "packed" }, rows);
	}

	/**
	 * Longley's macroeconomic data (1967), the classic test of least squares software for
	 * its near-collinear predictors: total employment against the GNP deflator, GNP,
	 * unemployment, armed forces, population and year, 1947–1962, as published by NIST's
	 * Statistical Reference Datasets (Longley.dat).
	 */
	static DataSet longley() {
		double[][] table = { { 60323, 83.0, 234289, 2356, 1590, 107608, 1947 },
				{ 61122, 88.5, 259426, 2325, 1456, 108632, 1948 }, { 60171, 88.2, 258054, 3682, 1616, 109773, 1949 },
				{ 61187, 89.5, 284599, 3351, 1650, 110929, 1950 }, { 63221, 96.2, 328975, 2099, 3099, 112075, 1951 },
				{ 63639, 98.1, 346999, 1932, 3594, 113270, 1952 }, { 64989, 99.0, 365385, 1870, 3547, 115094, 1953 },
				{ 63761, 100.0, 363112, 3578, 3350, 116219, 1954 }, { 66019, 101.2, 397469, 2904, 3048, 117388, 1955 },
				{ 67857, 104.6, 419180, 2822, 2857, 118734, 1956 }, { 68169, 108.4, 442769, 2936, 2798, 120445, 1957 },
				{ 66513, 110.8, 444546, 4681, 2637, 121950, 1958 }, { 68655, 112.6, 482704, 3813, 2552, 123366, 1959 },
				{ 69564, 114.2, 502601, 3931, 2514, 125368, 1960 }, { 69331, 115.7, 518173, 4806, 2572, 127852, 1961 },
				{ 70551, 116.9, 554894, 4007, 2827, 130081, 1962 } };
		double[] y = new double[table.length];
		double[][] rows = new double[table.length][6];
		for (int i = 0; i < table.length; i++) {
			y[i] = table[i][0];
			System.arraycopy(table[i], 1, rows[i], 0, 6);
		}
		return DataSet.of(y, new String[] { "gnpDeflator", "gnp", "unemployed", "armedForces", "population", "year" },
				rows);
	}

	/**
	 * Three years of a made-up plant with three drivers, drawn from a seeded generator so
	 * that the values are fixed: y = 5000 + 3·x1 − 40·x2 + 0.02·x3 + N(0, 150²).
	 */
	static DataSet generatedPlantThreeYears() {
		Random random = new Random(20260601L);
		int n = 36;
		double[][] rows = new double[n][3];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			rows[i][0] = 800 + 400 * random.nextDouble();
			rows[i][1] = 20 + 15 * random.nextDouble();
			rows[i][2] = 10000 + 50000 * random.nextDouble();
			y[i] = 5000 + 3 * rows[i][0] - 40 * rows[i][1] + 0.02 * rows[i][2] + 150 * random.nextGaussian();
		}
		return DataSet.of(y, new String[] { "production", "temperature", "operatingHours" }, rows);
	}

}
