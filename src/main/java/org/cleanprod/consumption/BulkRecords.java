package org.cleanprod.consumption;

import org.cleanprod.consumption.imports.ConsumptionImport;
import org.cleanprod.consumption.web.ConsumptionExcel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import org.cleanprod.resources.Resources;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.excel.ImportColumn;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.excel.RowError;
import org.cleanprod.shared.excel.SheetReader;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.web.InvalidFormException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk writing of monthly records through the API, once per idempotency key.
 * <p>
 * The batch goes through the file import ({@link ConsumptionImport}) as a CSV written in
 * memory rather than through {@link ConsumptionService} one value at a time, because: the
 * import already checks every row and reports all rejected rows at once (the API must
 * validate the whole batch before writing anything), it names facilities by code within
 * the caller's scope, so one rule set serves files and the API; it writes set-based (COPY
 * on PostgreSQL, one MERGE per table) with the revisions and the change events, where
 * single saves would cost three statements per value; and it writes nothing when any row
 * is rejected. The shape of each record (required fields, month format, repeats within
 * the batch) is checked here first, so that those errors name records by index rather
 * than by CSV line.
 */
@Component
public class BulkRecords {

	/** The most records one call may carry. */
	static final int MAX_RECORDS = 10_000;

	/** The most errors one answer lists. */
	static final int MAX_ERRORS = ImportSummary.MAX_ERRORS;

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	/** The field of a record that each import column holds. */
	private static final Map<String, String> FIELDS = Map.of(ConsumptionExcel.FACILITY, "facilityCode",
			ConsumptionExcel.MONTH, "month", ConsumptionExcel.RESOURCE, "resource", ConsumptionExcel.PRODUCT, "product",
			ConsumptionExcel.QUANTITY, "quantity", ConsumptionExcel.UNIT, "unit", ConsumptionExcel.SOURCE, "source");

	private final ConsumptionImport imports;

	private final IdempotencyKeys keys;

	private final Resources reference;

	private final SheetReader reader;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	BulkRecords(ConsumptionImport imports, IdempotencyKeys keys, Resources reference, SheetReader reader,
			JsonMapper json, PlatformTransactionManager transactions) {
		this.imports = imports;
		this.keys = keys;
		this.reference = reference;
		this.reader = reader;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The body of a bulk call. */
	public record BulkRequest(List<BulkRecord> records) {
	}

	/**
	 * One value: a facility by code, a resource (code or name) or a product (name), a
	 * month (yyyy-MM), a quantity, its unit (empty: the base unit of the resource or the
	 * unit of the product) and its source (IMPORTED, the default, or ESTIMATED).
	 */
	record BulkRecord(String facilityCode, String resource, String product, String month, BigDecimal quantity,
			String unit, String source) {
	}

	/** What a bulk call did: read = inserted + updated + unchanged. */
	public record BulkResult(long read, long inserted, long updated, long unchanged) {
	}

	/**
	 * The answer, and whether it is the stored answer of an earlier call with the key.
	 */
	public record Answer(BulkResult result, boolean replayed) {
	}

	/** The key was used before, by the same user, with a different request. */
	public static final class KeyReusedException extends RuntimeException {

		KeyReusedException() {
			super("idempotency key reused with a different request");
		}

	}

	/**
	 * Validates the whole batch, then writes it in one transaction together with the key
	 * and the answer; the same key with the same request answers the stored result and
	 * writes nothing.
	 */
	public Answer apply(String key, BulkRequest request, CurrentUser user, Locale locale) {
		if (key == null || key.isBlank() || key.length() > IdempotencyKeys.MAX_LENGTH) {
			throw InvalidFormException.of("Idempotency-Key", "consumption.recordsApi.keyRequired",
					IdempotencyKeys.MAX_LENGTH);
		}
		List<BulkRecord> records = (request != null && request.records() != null) ? request.records() : List.of();
		String hash = hash(records);
		try {
			return this.transaction.execute(status -> {
				IdempotencyKeys.Stored stored = this.keys.find(key, user.id()).orElse(null);
				if (stored != null) {
					return replay(stored, hash);
				}
				checkShape(records);
				this.keys.reserve(key, user.id(), hash);
				BulkResult result = write(records, user, locale);
				this.keys.complete(key, user.id(), 200, this.json.writeValueAsString(result));
				return new Answer(result, false);
			});
		}
		catch (DataIntegrityViolationException ex) {
			// A concurrent call with the same key won: answer as its retry would.
			return this.transaction.execute(
					status -> this.keys.find(key, user.id()).map(stored -> replay(stored, hash)).orElseThrow(() -> ex));
		}
	}

	private Answer replay(IdempotencyKeys.Stored stored, String hash) {
		if (!stored.requestHash().equals(hash)) {
			throw new KeyReusedException();
		}
		return new Answer(this.json.readValue(stored.body(), BulkResult.class), true);
	}

	/**
	 * Checks what the import cannot name by record: missing fields, months not written
	 * yyyy-MM, and the same facility, item and month twice.
	 */
	private void checkShape(List<BulkRecord> records) {
		if (records.isEmpty()) {
			throw InvalidFormException.of("records", "consumption.recordsApi.empty");
		}
		if (records.size() > MAX_RECORDS) {
			throw InvalidFormException.of("records", "consumption.recordsApi.tooMany", MAX_RECORDS);
		}
		Map<String, ResourceView> resources = resourcesByName();
		Map<String, Integer> seen = new HashMap<>();
		Errors errors = new Errors();
		for (int index = 0; index < records.size() && !errors.full(); index++) {
			BulkRecord record = records.get(index);
			if (record == null) {
				errors.reject(index, "facilityCode", "import.error.required");
				continue;
			}
			if (isBlank(record.facilityCode())) {
				errors.reject(index, "facilityCode", "import.error.required");
			}
			if (isBlank(record.resource()) == isBlank(record.product())) {
				errors.reject(index, "resource", "consumption.import.resourceOrProduct");
			}
			YearMonth month = null;
			if (isBlank(record.month())) {
				errors.reject(index, "month", "import.error.required");
			}
			else {
				month = month(record.month());
				if (month == null) {
					errors.reject(index, "month", "consumption.recordsApi.month", record.month());
				}
			}
			if (record.quantity() == null) {
				errors.reject(index, "quantity", "import.error.required");
			}
			if (!isBlank(record.facilityCode()) && isBlank(record.resource()) != isBlank(record.product())
					&& month != null) {
				String item = isBlank(record.resource()) ? "P:" + Texts.fold(record.product())
						: "R:" + itemCode(record.resource(), resources);
				Integer first = seen.putIfAbsent(
						record.facilityCode().strip().toUpperCase(Locale.ROOT) + "|" + item + "|" + month, index);
				if (first != null) {
					errors.reject(index, "month", "consumption.recordsApi.duplicate", first);
				}
			}
		}
		errors.throwIfAny();
	}

	/** Writes the batch as a CSV through the import, in the caller's transaction. */
	private BulkResult write(List<BulkRecord> records, CurrentUser user, Locale locale) {
		List<ImportColumn> columns = ConsumptionExcel.COLUMNS;
		StringBuilder csv = new StringBuilder(records.size() * 64);
		Map<String, String> keyByHeader = new HashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			String header = this.reader.header(columns.get(i), locale);
			keyByHeader.put(header, columns.get(i).key());
			csv.append((i > 0) ? "," : "").append(quote(header));
		}
		csv.append('\n');
		for (BulkRecord record : records) {
			// The order of ConsumptionExcel.COLUMNS: facility, month, resource, product,
			// quantity, unit, source. The quantity, a JSON number, is written in plain
			// digits and read back in the English style the import is told.
			csv.append(quote(record.facilityCode()))
				.append(',')
				.append(quote(record.month()))
				.append(',')
				.append(quote(record.resource()))
				.append(',')
				.append(quote(record.product()))
				.append(',')
				.append(quote(record.quantity().toPlainString()))
				.append(',')
				.append(quote(record.unit()))
				.append(',')
				.append(quote(record.source()))
				.append('\n');
		}
		ImportUploads.Upload upload = new ImportUploads.Upload(UUID.randomUUID().toString(), ConsumptionImport.KIND,
				user.id(), "api-bulk.csv", null, csv.toString().getBytes(StandardCharsets.UTF_8));
		ImportSummary summary = this.imports.run(upload, user, locale, null, NumberStyle.ENGLISH,
				ImportJobs.Mode.COMMIT, (done, total) -> {
				});
		if (!summary.committed()) {
			Errors errors = new Errors();
			for (RowError error : summary.errors()) {
				// CSV line 1 is the header, so record i is line i + 2.
				errors.reject(error.row() - 2, FIELDS.getOrDefault(keyByHeader.get(error.column()), "record"),
						"consumption.recordsApi.reason", error.reason());
			}
			errors.throwIfAny();
			throw InvalidFormException.of("records", "consumption.recordsApi.empty");
		}
		return new BulkResult(summary.read(), summary.inserted(), summary.updated(), summary.unchanged());
	}

	/**
	 * The hash a key is bound to: of the records' values, so that a retry matches
	 * whatever whitespace, key order or number formatting ("100" or "100.0") its JSON
	 * has.
	 */
	static String hash(List<BulkRecord> records) {
		StringBuilder canonical = new StringBuilder();
		for (BulkRecord record : records) {
			if (record == null) {
				canonical.append("null\u001e");
				continue;
			}
			canonical.append(record.facilityCode())
				.append('\u001f')
				.append(record.resource())
				.append('\u001f')
				.append(record.product())
				.append('\u001f')
				.append(record.month())
				.append('\u001f')
				.append((record.quantity() != null) ? record.quantity().stripTrailingZeros().toPlainString() : null)
				.append('\u001f')
				.append(record.unit())
				.append('\u001f')
				.append(record.source())
				.append('\u001e');
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Resources by folded code and names, as the import recognises them. */
	private Map<String, ResourceView> resourcesByName() {
		Map<String, ResourceView> resources = new HashMap<>();
		for (ResourceView resource : this.reference.resources()) {
			resources.put(Texts.fold(resource.code()), resource);
			resources.put(Texts.fold(resource.name()), resource);
			if (resource.nameEn() != null) {
				resources.put(Texts.fold(resource.nameEn()), resource);
			}
		}
		return resources;
	}

	private static String itemCode(String resource, Map<String, ResourceView> resources) {
		ResourceView known = resources.get(Texts.fold(resource));
		return (known != null) ? known.code() : Texts.fold(resource);
	}

	public static YearMonth month(String text) {
		if (text == null || !MONTH.matcher(text.strip()).matches()) {
			return null;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String quote(String value) {
		return (value != null) ? "\"" + value.replace("\"", "\"\"") + "\"" : "";
	}

	/** Field errors named {@code records[i].field}, the first {@link #MAX_ERRORS}. */
	private static final class Errors {

		private final InvalidFormException.Collector collector = new InvalidFormException.Collector();

		private int count;

		void reject(int index, String field, String messageKey, Object... arguments) {
			if (!full()) {
				this.collector.reject("records[" + index + "]." + field, messageKey, arguments);
				this.count++;
			}
		}

		boolean full() {
			return this.count >= MAX_ERRORS;
		}

		void throwIfAny() {
			this.collector.throwIfAny();
		}

	}

}
