package org.cleanprod.shared.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.cleanprod.shared.upload.UploadLimit;
import org.cleanprod.shared.upload.UploadLimitExceededException;
import org.cleanprod.shared.upload.UploadLimits;

/**
 * Checks an XLSX file before fastexcel reads it, over the same bytes and through the same
 * zip view (commons-compress {@link ZipFile} over an in-memory channel, as fastexcel
 * opens it), so that no trick of local headers against the central directory shows the
 * guard other content than the reader. fastexcel allocates a slot for every column up to
 * a cell's reference, keeps every shared string and builds each text whole; this guard
 * refuses, before any of that:
 * <ul>
 * <li>more zip entries than {@link UploadLimit#ZIP_ENTRIES}, counted as the signatures of
 * central-directory headers in the whole file (an upper bound of the entries any reader
 * can find) before commons-compress builds its entry list;</li>
 * <li>entries that unpack to more than {@link UploadLimit#UNCOMPRESSED_BYTES} together,
 * or one that unpacks more than {@link UploadLimit#INFLATE_RATIO} times its packed size
 * once past {@link UploadLimit#RATIO_GRACE_BYTES} (zip bombs), counted while inflating as
 * a stream;</li>
 * <li>in every XML part ({@link XmlScanner}): a DOCTYPE, deep or long markup, cells of
 * more characters than {@link UploadLimit#CELL_CHARACTERS}, rows of more cells or cell
 * references of later columns than {@link UploadLimit#COLUMNS}, more rows than
 * {@link UploadLimit#ROWS}, rows of more characters than
 * {@link UploadLimit#ROW_CHARACTERS}, and a shared-strings part larger than
 * {@link UploadLimit#SHARED_STRINGS_BYTES}.</li>
 * </ul>
 * XML parts in UTF-16 or UTF-32 (which Excel never writes) are refused, so that the byte
 * scanner sees the characters the XML parser will.
 */
final class XlsxGuard {

	/** The signature of a central-directory file header, little-endian "PK\1\2". */
	private static final int CENTRAL_HEADER = 0x02014b50;

	private XlsxGuard() {
	}

	static void check(byte[] content, UploadLimits.Limits limits) {
		limits.check(UploadLimit.ZIP_ENTRIES, centralHeaders(content, limits.get(UploadLimit.ZIP_ENTRIES)));
		long uncompressedLimit = limits.get(UploadLimit.UNCOMPRESSED_BYTES);
		long ratio = limits.get(UploadLimit.INFLATE_RATIO);
		long total = 0;
		byte[] buffer = new byte[1 << 16];
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (!zip.canReadEntryData(entry)) {
					throw new ImportFileException("import.error.unreadable");
				}
				long packed = Math.max(1, Math.min(entry.getCompressedSize(), content.length));
				long unpacked = 0;
				XmlScanner xml = null;
				try (InputStream input = zip.getInputStream(entry)) {
					// The first chunk whole, so that a part is told XML or not by more
					// than
					// the few bytes one read may give.
					int n = input.readNBytes(buffer, 0, buffer.length);
					if (n > 0) {
						xml = XmlScanner.sniff(buffer, n, limits);
					}
					while (n > 0) {
						ImportJobs.checkpoint();
						unpacked += n;
						total += n;
						if (total > uncompressedLimit) {
							throw new UploadLimitExceededException(UploadLimit.UNCOMPRESSED_BYTES, uncompressedLimit);
						}
						if (unpacked > UploadLimit.RATIO_GRACE_BYTES && unpacked / packed > ratio) {
							throw new UploadLimitExceededException(UploadLimit.INFLATE_RATIO, ratio);
						}
						if (xml != null) {
							xml.feed(buffer, n);
						}
						n = input.read(buffer);
					}
				}
				if (xml != null) {
					xml.end();
				}
			}
		}
		catch (ImportFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileException("import.error.unreadable");
		}
	}

	/**
	 * How many central-directory headers the file could hold: the occurrences of their
	 * signature, counted up to one past the limit.
	 */
	static long centralHeaders(byte[] content, long limit) {
		long count = 0;
		for (int i = 0; i + 4 <= content.length; i++) {
			if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 1 && content[i + 3] == 2
					&& ++count > limit) {
				return count;
			}
		}
		return count;
	}

	/**
	 * A byte-level scanner of one XML part, fed as it is inflated. It follows markup
	 * (start and end tags with their attributes, comments, CDATA, processing
	 * instructions) and counts the characters of text, an entity or character reference
	 * counting as one. Names are matched by their local part, so prefixes ({@code x:c})
	 * change nothing.
	 */
	static final class XmlScanner {

		/** Elements open at once; Excel's parts nest about a dozen deep. */
		static final int MAX_DEPTH = 64;

		/** Bytes of one tag, comment or processing instruction. */
		static final int MAX_MARKUP_BYTES = 65_536;

		private static final int TEXT = 0;

		private static final int MARKUP = 1;

		private static final int START_NAME = 2;

		private static final int END_NAME = 3;

		private static final int ATTRIBUTES = 4;

		private static final int ATTRIBUTE_VALUE = 5;

		private static final int BANG = 6;

		private static final int COMMENT = 7;

		private static final int CDATA = 8;

		private static final int PI = 9;

		private static final int ENTITY = 10;

		private final long cellLimit;

		private final long columnLimit;

		private final long rowLimit;

		private final long rowCharacterLimit;

		private final long sharedStringsLimit;

		private int state = TEXT;

		private final StringBuilder name = new StringBuilder();

		private final StringBuilder attribute = new StringBuilder();

		private final StringBuilder bang = new StringBuilder();

		private final StringBuilder reference = new StringBuilder();

		private boolean inAttributeName;

		private byte quote;

		private byte previous;

		private int markupBytes;

		private int entityBytes;

		private int depth;

		private boolean rootSeen;

		private boolean sharedStrings;

		private long bytes;

		private int cellDepth;

		private int stringDepth;

		private long cellCharacters;

		private long stringCharacters;

		private long textRun;

		private long rows;

		private long rowCells;

		private long rowCharacters;

		/**
		 * The element whose start tag is being read: one of the names below, or OTHER.
		 */
		private int element;

		private boolean capture;

		private static final int OTHER = 0;

		private static final int ROW = 1;

		private static final int CELL = 2;

		private static final int STRING = 3;

		private static final int SHARED_STRINGS = 4;

		private int endMatch;

		private XmlScanner(UploadLimits.Limits limits) {
			this.cellLimit = limits.get(UploadLimit.CELL_CHARACTERS);
			this.columnLimit = limits.get(UploadLimit.COLUMNS);
			this.rowLimit = limits.get(UploadLimit.ROWS);
			this.rowCharacterLimit = limits.get(UploadLimit.ROW_CHARACTERS);
			this.sharedStringsLimit = limits.get(UploadLimit.SHARED_STRINGS_BYTES);
		}

		/**
		 * A scanner for a part whose first bytes these are, when they may be XML (after a
		 * UTF-8 byte-order mark and white space, a '<', or nothing but white space); null
		 * for other parts (images), which the XML parser would refuse at their first
		 * byte. A part in UTF-16 or UTF-32 is refused.
		 */
		static XmlScanner sniff(byte[] start, int length, UploadLimits.Limits limits) {
			int i = 0;
			if (length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
					|| (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE) || (start[0] == 0 && start[1] == 0)
					|| (start[0] == 0 && start[1] == '<') || (start[0] == '<' && start[1] == 0))) {
				throw new ImportFileException("import.error.unreadable");
			}
			if (length >= 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF) {
				i = 3;
			}
			while (i < length && (start[i] == ' ' || start[i] == '\t' || start[i] == '\r' || start[i] == '\n')) {
				i++;
			}
			return (i == length || start[i] == '<') ? new XmlScanner(limits) : null;
		}

		void feed(byte[] buffer, int length) {
			this.bytes += length;
			if (this.sharedStrings && this.bytes > this.sharedStringsLimit) {
				throw new UploadLimitExceededException(UploadLimit.SHARED_STRINGS_BYTES, this.sharedStringsLimit);
			}
			for (int i = 0; i < length; i++) {
				step(buffer[i]);
			}
		}

		void end() {
			if (this.sharedStrings && this.bytes > this.sharedStringsLimit) {
				throw new UploadLimitExceededException(UploadLimit.SHARED_STRINGS_BYTES, this.sharedStringsLimit);
			}
		}

		private void step(byte b) {
			switch (this.state) {
				case TEXT -> text(b);
				case ENTITY -> {
					if (b == ';' || ++this.entityBytes > 32) {
						this.state = TEXT;
					}
				}
				case MARKUP -> markupStart(b);
				case START_NAME -> {
					markupByte();
					if (isSpace(b) || b == '/' || b == '>') {
						this.element = element(this.name);
						this.state = ATTRIBUTES;
						this.inAttributeName = false;
						this.attribute.setLength(0);
						attributes(b);
					}
					else {
						appendBounded(this.name, b);
					}
				}
				case END_NAME -> {
					markupByte();
					if (b == '>') {
						endElement(element(this.name));
						this.state = TEXT;
					}
					else if (!isSpace(b)) {
						appendBounded(this.name, b);
					}
				}
				case ATTRIBUTES -> {
					markupByte();
					attributes(b);
				}
				case ATTRIBUTE_VALUE -> {
					markupByte();
					if (b == this.quote) {
						this.state = ATTRIBUTES;
					}
					else if (this.capture) {
						appendBounded(this.reference, b);
					}
				}
				case BANG -> {
					markupByte();
					this.bang.append((char) b);
					String seen = this.bang.toString();
					if (seen.equals("--")) {
						this.state = COMMENT;
						this.endMatch = 0;
					}
					else if (seen.equals("[CDATA[")) {
						this.state = CDATA;
						this.endMatch = 0;
					}
					else if (!"--".startsWith(seen) && !"[CDATA[".startsWith(seen)) {
						throw new ImportFileException(seen.toUpperCase(Locale.ROOT).startsWith("D")
								? "import.error.doctype" : "import.error.unreadable");
					}
				}
				case COMMENT -> {
					markupByte();
					this.endMatch = (b == '-') ? Math.min(this.endMatch + 1, 2)
							: (b == '>' && this.endMatch == 2) ? -1 : 0;
					if (this.endMatch == -1) {
						this.state = TEXT;
					}
				}
				case PI -> {
					markupByte();
					if (b == '>' && this.previous == '?') {
						this.state = TEXT;
					}
				}
				case CDATA -> {
					if (b == ']') {
						this.endMatch = Math.min(this.endMatch + 1, 2);
					}
					else if (b == '>' && this.endMatch == 2) {
						this.state = TEXT;
						this.endMatch = 0;
					}
					else {
						this.endMatch = 0;
					}
					character(b);
				}
				default -> throw new IllegalStateException();
			}
			this.previous = b;
		}

		private void text(byte b) {
			if (b == '<') {
				this.state = MARKUP;
				this.markupBytes = 0;
				this.textRun = 0;
				return;
			}
			if (b == '&') {
				this.state = ENTITY;
				this.entityBytes = 0;
			}
			character(b);
		}

		/**
		 * Counts a character at its first byte (UTF-8 continuation bytes are skipped).
		 */
		private void character(byte b) {
			if ((b & 0xC0) == 0x80) {
				return;
			}
			if (++this.textRun > this.cellLimit) {
				throw new UploadLimitExceededException(UploadLimit.CELL_CHARACTERS, this.cellLimit);
			}
			if (this.cellDepth > 0 && ++this.cellCharacters > this.cellLimit) {
				throw new UploadLimitExceededException(UploadLimit.CELL_CHARACTERS, this.cellLimit);
			}
			if (this.stringDepth > 0 && ++this.stringCharacters > this.cellLimit) {
				throw new UploadLimitExceededException(UploadLimit.CELL_CHARACTERS, this.cellLimit);
			}
			if (this.cellDepth > 0 && ++this.rowCharacters > this.rowCharacterLimit) {
				throw new UploadLimitExceededException(UploadLimit.ROW_CHARACTERS, this.rowCharacterLimit);
			}
		}

		private void markupStart(byte b) {
			this.name.setLength(0);
			markupByte();
			if (b == '/') {
				this.state = END_NAME;
			}
			else if (b == '?') {
				this.state = PI;
			}
			else if (b == '!') {
				this.state = BANG;
				this.bang.setLength(0);
			}
			else {
				this.state = START_NAME;
				this.reference.setLength(0);
				appendBounded(this.name, b);
			}
		}

		private void attributes(byte b) {
			if (b == '>') {
				startElement(this.previous == '/');
				this.state = TEXT;
			}
			else if (b == '"' || b == '\'') {
				this.quote = b;
				this.state = ATTRIBUTE_VALUE;
				this.capture = this.element == CELL && isLocal(this.attribute, "r");
				this.inAttributeName = false;
			}
			else if (isSpace(b) || b == '=' || b == '/') {
				this.inAttributeName = false;
			}
			else {
				if (!this.inAttributeName) {
					this.attribute.setLength(0);
					this.inAttributeName = true;
				}
				appendBounded(this.attribute, b);
			}
		}

		private void startElement(boolean empty) {
			if (!this.rootSeen) {
				this.rootSeen = true;
				this.sharedStrings = this.element == SHARED_STRINGS;
				if (this.sharedStrings && this.bytes > this.sharedStringsLimit) {
					throw new UploadLimitExceededException(UploadLimit.SHARED_STRINGS_BYTES, this.sharedStringsLimit);
				}
			}
			switch (this.element) {
				case ROW -> {
					if (++this.rows > this.rowLimit) {
						throw new UploadLimitExceededException(UploadLimit.ROWS, this.rowLimit);
					}
					this.rowCells = 0;
					this.rowCharacters = 0;
				}
				case CELL -> {
					if (++this.rowCells > this.columnLimit || column(this.reference) > this.columnLimit) {
						throw new UploadLimitExceededException(UploadLimit.COLUMNS, this.columnLimit);
					}
					if (!empty && this.cellDepth++ == 0) {
						this.cellCharacters = 0;
					}
				}
				case STRING -> {
					if (!empty && this.stringDepth++ == 0) {
						this.stringCharacters = 0;
					}
				}
				default -> {
				}
			}
			if (!empty && ++this.depth > MAX_DEPTH) {
				throw new ImportFileException("import.error.xmlStructure");
			}
		}

		private void endElement(int local) {
			this.depth--;
			if (local == CELL && this.cellDepth > 0) {
				this.cellDepth--;
			}
			else if (local == STRING && this.stringDepth > 0) {
				this.stringDepth--;
			}
		}

		private void markupByte() {
			if (++this.markupBytes > MAX_MARKUP_BYTES) {
				throw new ImportFileException("import.error.xmlStructure");
			}
		}

		/**
		 * The column a cell reference names ("B7": 2), from its letters; stops counting
		 * once past any limit.
		 */
		static long column(CharSequence reference) {
			long column = 0;
			for (int i = 0; i < reference.length(); i++) {
				char c = Character.toUpperCase(reference.charAt(i));
				if (c == '$') {
					continue;
				}
				if (c < 'A' || c > 'Z') {
					break;
				}
				column = column * 26 + (c - 'A' + 1);
				if (column > UploadLimit.COLUMNS.max()) {
					return Long.MAX_VALUE;
				}
			}
			return column;
		}

		private static int element(StringBuilder name) {
			if (isLocal(name, "c")) {
				return CELL;
			}
			if (isLocal(name, "row")) {
				return ROW;
			}
			if (isLocal(name, "si")) {
				return STRING;
			}
			return isLocal(name, "sst") ? SHARED_STRINGS : OTHER;
		}

		/** Whether a local name is this one. */
		private static boolean isLocal(StringBuilder name, String local) {
			return name.length() == local.length() && name.indexOf(local) == 0;
		}

		/**
		 * Keeps the local part of a name (a prefix is dropped at its colon); names and
		 * references longer than this are none the checks look for.
		 */
		private static void appendBounded(StringBuilder builder, byte b) {
			if (b == ':') {
				builder.setLength(0);
			}
			else if (builder.length() < 64) {
				builder.append((char) (b & 0xFF));
			}
		}

		private static boolean isSpace(byte b) {
			return b == ' ' || b == '\t' || b == '\r' || b == '\n';
		}

	}

}
