package org.cleanprod.shared.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.text.Texts;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads the values of one row and collects what is wrong with them, each error naming the
 * row, the column header and the reason in the user's language. Getters return null for a
 * blank or invalid value; {@link #isValid()} says whether any error was found.
 */
public final class RowCheck {

	/**
	 * Characters of a value echoed in a reason; longer ones are cut with an ellipsis, so
	 * that a 40 MB cell never makes a 40 MB report.
	 */
	public static final int ECHO = 80;

	private final SheetRow row;

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> headers;

	private final List<RowError> errors = new ArrayList<>();

	private String monthKey;

	private List<String> itemKeys = List.of();

	public RowCheck(SheetRow row, MessageSource messages, Locale locale, Map<String, String> headers) {
		this.row = row;
		this.messages = messages;
		this.locale = locale;
		this.headers = headers;
	}

	public SheetRow row() {
		return this.row;
	}

	/**
	 * Names the columns that say what a row is about, so that its errors show them: the
	 * month, and the first of the item columns (resource, product) that has a value.
	 */
	public RowCheck describedBy(String monthKey, String... itemKeys) {
		this.monthKey = monthKey;
		this.itemKeys = List.of(itemKeys);
		return this;
	}

	public String text(String key, int maxLength, boolean required) {
		String value = this.row.get(key);
		if (value == null) {
			if (required) {
				error(key, "import.error.required");
			}
			return null;
		}
		if (value.length() > maxLength) {
			error(key, "import.error.tooLong", maxLength);
			return null;
		}
		return value;
	}

	/**
	 * A number: a typed cell as it is, a text in the file's style; null, with an error,
	 * when the cell holds something else.
	 */
	public BigDecimal number(String key, NumberStyle style) {
		SheetCell cell = this.row.cell(key);
		if (cell == null) {
			return null;
		}
		if (cell.kind() == SheetCell.Kind.NUMBER) {
			return cell.number();
		}
		BigDecimal number = (cell.kind() == SheetCell.Kind.TEXT) ? style.parse(cell.text()) : null;
		if (number == null) {
			error(key, "import.error.numberInStyle", cell.text().strip(),
					new DefaultMessageSourceResolvable(style.messageKey()));
		}
		return number;
	}

	public Integer nonNegativeInteger(String key, NumberStyle style) {
		BigDecimal number = number(key, style);
		if (number == null) {
			return null;
		}
		if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			error(key, "import.error.wholeNumber", this.row.get(key));
			return null;
		}
		if (number.signum() < 0) {
			error(key, "import.error.notNegative");
			return null;
		}
		return number.intValueExact();
	}

	public boolean yesNo(String key) {
		Boolean value = Cells.yesNo(this.row.get(key));
		if (value == null) {
			error(key, "import.error.yesNo");
			return false;
		}
		return value;
	}

	/**
	 * Records an error on a column; the reason is a message key with its arguments, each
	 * text argument cut to {@link #ECHO} characters.
	 */
	public void error(String key, String messageKey, Object... arguments) {
		String item = this.itemKeys.stream().map(this.row::get).filter(Objects::nonNull).findFirst().orElse(null);
		this.errors.add(new RowError(this.row.number(), this.headers.getOrDefault(key, key), cut(this.row.get(key)),
				(this.monthKey != null) ? cut(this.row.get(this.monthKey)) : null, cut(item),
				this.messages.getMessage(messageKey, echoed(arguments), this.locale)));
	}

	/** Arguments as echoed in a message: texts cut to {@link #ECHO} characters. */
	public static Object[] echoed(Object... arguments) {
		if (arguments == null) {
			return null;
		}
		Object[] cut = arguments.clone();
		for (int i = 0; i < cut.length; i++) {
			if (cut[i] instanceof CharSequence text) {
				cut[i] = Texts.abbreviate(text.toString(), ECHO);
			}
		}
		return cut;
	}

	private static String cut(String text) {
		return (text != null) ? Texts.abbreviate(text, ECHO) : null;
	}

	public boolean isValid() {
		return this.errors.isEmpty();
	}

	public List<RowError> errors() {
		return List.copyOf(this.errors);
	}

	public RowResult result(RowOutcome outcome, String label) {
		return new RowResult(this.row.number(), isValid() ? outcome : RowOutcome.REJECT, label, this.errors);
	}

}
