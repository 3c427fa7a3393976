package org.cleanprod.shared.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cleanprod.shared.text.Texts;

/**
 * The units of consumption and production records, each with its factor to the base unit
 * of its dimension (MJ for energy, t for mass, m³ for volume, m² for area, m for length,
 * one piece for counts). A small table rather than a units library: the units of
 * industrial reporting in Vietnam are few, and their written forms ("1.000 lít", "tấn")
 * matter more than SI prefixes. Factors are exact by definition (1 kWh = 3.6 MJ).
 */
public enum MeasureUnit {

	KWH("kWh", Dimension.ENERGY, "3.6"), MWH("MWh", Dimension.ENERGY, "3600"), GWH("GWh", Dimension.ENERGY, "3600000"),
	MJ("MJ", Dimension.ENERGY, "1"), GJ("GJ", Dimension.ENERGY, "1000"), KG("kg", Dimension.MASS, "0.001"),
	TONNE("t", Dimension.MASS, "1"), LITRE("L", Dimension.VOLUME, "0.001"),
	THOUSAND_LITRES("1000 L", Dimension.VOLUME, "1"), CUBIC_METRE("m3", Dimension.VOLUME, "1"),
	THOUSAND_CUBIC_METRES("1000 m3", Dimension.VOLUME, "1000"), SQUARE_METRE("m2", Dimension.AREA, "1"),
	METRE("m", Dimension.LENGTH, "1"), PIECE("pcs", Dimension.COUNT, "1"), PAIR("pair", Dimension.COUNT, "1"),
	SET("set", Dimension.COUNT, "1");

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private final String symbol;

	private final Dimension dimension;

	private final BigDecimal toBase;

	MeasureUnit(String symbol, Dimension dimension, String toBase) {
		this.symbol = symbol;
		this.dimension = dimension;
		this.toBase = new BigDecimal(toBase);
	}

	public String symbol() {
		return this.symbol;
	}

	public Dimension dimension() {
		return this.dimension;
	}

	/**
	 * How many of its dimension's base unit (MJ, t, m3, m2, m, piece) one of this unit
	 * is.
	 */
	public BigDecimal toBase() {
		return this.toBase;
	}

	public String messageKey() {
		return "unit." + name();
	}

	/** The quantity in another unit of the same dimension. */
	public BigDecimal convert(BigDecimal quantity, MeasureUnit target) {
		if (target.dimension != this.dimension) {
			throw new IllegalArgumentException("Cannot convert " + this.symbol + " to " + target.symbol);
		}
		if (target == this) {
			return quantity;
		}
		return quantity.multiply(this.toBase, PRECISION).divide(target.toBase, PRECISION);
	}

	/**
	 * The unit a person wrote: its symbol or name in either language, with or without
	 * accents and the Vietnamese thousands dot ("kWh", "tấn", "tan", "1.000 lít", "m³").
	 */
	public static Optional<MeasureUnit> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		MeasureUnit unit = Spellings.BY_SYMBOL.get(text.strip());
		if (unit == null) {
			unit = Spellings.BY_FOLDED.get(folded(text));
		}
		return Optional.ofNullable(unit);
	}

	private static String folded(String text) {
		return Texts.fold(text).replace("³", "3").replace("²", "2").replace(".", "").replace(",", "");
	}

	/** Every accepted spelling, folded, built once: imports parse a unit per row. */
	private static final class Spellings {

		private static final Map<String, MeasureUnit> BY_SYMBOL = new HashMap<>();

		private static final Map<String, MeasureUnit> BY_FOLDED = new HashMap<>();

		static {
			for (MeasureUnit unit : values()) {
				BY_SYMBOL.put(unit.symbol, unit);
				// the name forms and the API send, e.g. CUBIC_METRE
				BY_SYMBOL.put(unit.name(), unit);
				unit.spellings().forEach(spelling -> BY_FOLDED.putIfAbsent(folded(spelling), unit));
			}
		}

	}

	private List<String> spellings() {
		String own = Texts.fold(this.symbol).replace(".", "");
		return switch (this) {
			case TONNE -> List.of(own, "tan", "tonne", "tonnes", "ton");
			case KG -> List.of(own, "kilogam", "kilogram");
			case LITRE -> List.of(own, "lit", "litre", "liter", "litres");
			case THOUSAND_LITRES -> List.of(own, "1000 lit", "1000l", "nghin lit", "1000 litres", "1000 liters", "kl");
			case CUBIC_METRE -> List.of(own, "m^3", "met khoi");
			case THOUSAND_CUBIC_METRES -> List.of(own, "1000m3", "nghin m3");
			case SQUARE_METRE -> List.of(own, "m^2", "met vuong");
			case METRE -> List.of(own, "met");
			case PIECE -> List.of(own, "cai", "chiec", "san pham", "piece", "pieces", "unit");
			case PAIR -> List.of(own, "doi", "pairs");
			case SET -> List.of(own, "bo", "sets");
			default -> List.of(own);
		};
	}

	@Override
	public String toString() {
		return this.symbol.toLowerCase(Locale.ROOT);
	}

}
