package org.cleanprod.shared.upload;

/**
 * A limit of uploaded files or of background jobs, kept as data ({@link UploadLimits}).
 * Each has a default that allows Excel's own maxima (1,048,576 rows, 16,384 columns,
 * 32,767 characters in a cell) and the files of docs/performance.md, and a range an
 * administrator may set it within. Texts: {@code upload.limit.<NAME>} names it,
 * {@code import.limit.<NAME>} says a file went past it.
 */
public enum UploadLimit {

	/**
	 * Bytes of an uploaded file; never above the server's static ceiling
	 * ({@code spring.servlet.multipart.max-file-size}).
	 */
	REQUEST_BYTES(52_428_800L, 1_048_576L, Long.MAX_VALUE, Unit.BYTES),
	/** Rows of a sheet or records of a CSV file, the header included. */
	ROWS(1_048_576L, 1L, 10_000_000L, Unit.COUNT),
	/** Cells of one row, and the column a cell reference may name. */
	COLUMNS(16_384L, 1L, 16_384L, Unit.COUNT),
	/** Characters of one cell (or one shared string of an XLSX file). */
	CELL_CHARACTERS(32_767L, 1L, 1_048_576L, Unit.COUNT),
	/** Characters of all the cells of one row together. */
	ROW_CHARACTERS(1_048_576L, 1L, 16_777_216L, Unit.COUNT),
	/** Entries of the zip archive an XLSX file is. */
	ZIP_ENTRIES(1_000L, 10L, 100_000L, Unit.COUNT),
	/** Bytes of every entry of an XLSX file together, once unpacked. */
	UNCOMPRESSED_BYTES(1_073_741_824L, 1_048_576L, 8_589_934_592L, Unit.BYTES),
	/**
	 * Bytes of the shared-strings part of an XLSX file once unpacked: its strings stay in
	 * memory while the sheet is read.
	 */
	SHARED_STRINGS_BYTES(104_857_600L, 1_048_576L, 1_073_741_824L, Unit.BYTES),
	/**
	 * How many times larger than its packed size an entry may unpack (as Apache POI's
	 * ZipSecureFile, whose minimum inflate ratio 0.01 is a ratio of 100); entries under
	 * {@link #RATIO_GRACE_BYTES} are not checked.
	 */
	INFLATE_RATIO(100L, 2L, 10_000L, Unit.COUNT),
	/** Background imports one user may have running at once. */
	JOBS_PER_USER(2L, 1L, 100L, Unit.COUNT),
	/** Background imports running at once on all application nodes. */
	JOBS_TOTAL(4L, 1L, 1_000L, Unit.COUNT);

	/** Unpacked size below which an entry's inflate ratio is not checked. */
	public static final long RATIO_GRACE_BYTES = 1_048_576L;

	/** How a limit's value is shown and entered. */
	public enum Unit {

		/** Entered and shown in whole megabytes (MiB). */
		BYTES,
		/** A plain number. */
		COUNT

	}

	private final long defaultValue;

	private final long min;

	private final long max;

	private final Unit unit;

	UploadLimit(long defaultValue, long min, long max, Unit unit) {
		this.defaultValue = defaultValue;
		this.min = min;
		this.max = max;
		this.unit = unit;
	}

	public long defaultValue() {
		return this.defaultValue;
	}

	public long min() {
		return this.min;
	}

	public long max() {
		return this.max;
	}

	public Unit unit() {
		return this.unit;
	}

	public String labelKey() {
		return "upload.limit." + name();
	}

	public String exceededKey() {
		return "import.limit." + name();
	}

	/** A value as it is shown: megabytes (rounded down) for sizes, else the number. */
	public long shown(long value) {
		return (this.unit == Unit.BYTES) ? value / MEGABYTE : value;
	}

	/** A value as entered (megabytes for sizes) as it is stored. */
	public long stored(long entered) {
		return (this.unit == Unit.BYTES) ? Math.multiplyExact(entered, MEGABYTE) : entered;
	}

	static final long MEGABYTE = 1_048_576L;

}
