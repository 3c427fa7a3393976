package org.cleanprod.facility;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.places.ZoneView;
import org.cleanprod.shared.text.Texts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a realistic, deterministic registry for trials and benchmarks: enterprises with
 * valid tax codes (prefix 37, the Binh Duong tax office) and their facilities spread over
 * the province's 2016-2025 communes, its industrial zones and its main manufacturing
 * sectors, with Vietnamese names, products and contacts. The same seed always gives the
 * same data set.
 */
@Component
public class FacilityGenerator {

	private static final Instant SEEDED_AT = Instant.parse("2025-01-01T00:00:00Z");

	/**
	 * Sectors weighted roughly as in Binh Duong's industry: furniture, wood, garments,
	 * footwear...
	 */
	private static final List<Sector> SECTORS = List.of(
			new Sector("31", 14, "Đồ gỗ", "giường, tủ, bàn ghế gỗ xuất khẩu"),
			new Sector("16", 8, "Chế biến gỗ", "gỗ xẻ, ván ghép, dăm gỗ"),
			new Sector("13", 8, "Dệt", "sợi, vải dệt thoi, vải dệt kim"),
			new Sector("14", 9, "May mặc", "quần áo may sẵn, áo thun"),
			new Sector("15", 6, "Da giày", "giày thể thao, túi xách, da thuộc"),
			new Sector("10", 9, "Thực phẩm", "thủy sản đông lạnh, bánh kẹo, thức ăn chăn nuôi"),
			new Sector("11", 3, "Đồ uống", "bia, nước giải khát"),
			new Sector("17", 5, "Giấy", "giấy bao bì, thùng carton"),
			new Sector("22", 9, "Nhựa – Cao su", "bao bì nhựa, sản phẩm cao su kỹ thuật"),
			new Sector("23", 5, "Gốm sứ – Vật liệu xây dựng", "gạch ốp lát, gốm sứ mỹ nghệ, bê tông"),
			new Sector("24", 3, "Luyện kim", "phôi thép, nhôm định hình"),
			new Sector("25", 7, "Cơ khí", "kết cấu thép, khuôn mẫu, bulông ốc vít"),
			new Sector("26", 4, "Điện tử", "linh kiện điện tử, bảng mạch in"),
			new Sector("27", 3, "Thiết bị điện", "dây cáp điện, mô tơ, bóng đèn LED"),
			new Sector("20", 4, "Hóa chất", "sơn, keo dán, chất tẩy rửa"),
			new Sector("28", 3, "Máy móc", "máy chế biến gỗ, máy nông nghiệp"));

	private static final String[] NAME_WORDS = { "Phú Thịnh", "Minh Phát", "Hưng Thịnh", "An Phát", "Tân Hiệp",
			"Thành Công", "Việt Thắng", "Hoàng Long", "Đại Phát", "Kim Ngân", "Thuận Phát", "Bình An", "Phước Lộc",
			"Trường Sơn", "Đông Á", "Nam Việt", "Sao Mai", "Hòa Bình", "Đức Thành", "Tiến Đạt", "Quang Minh",
			"Thiên Phúc", "Lộc Phát", "Hồng Hà", "Vạn Xuân", "Gia Huy", "Tân Thành", "Bảo Long", "Hải Đăng",
			"Phương Nam" };

	private static final String[] FOREIGN_WORDS = { "Kwang Jin", "Shin Heung", "Tae Yang", "Dae Won", "Hwa Seong",
			"Chang Shin", "Yuen Tai", "Ming Feng", "Kuo Hsing", "Sanyo Seiki", "Takara", "Nishimoto", "Siam Pacific",
			"Lotus Asia", "Everwin", "Grand Ocean", "Golden Bridge", "Sunrise Global", "Evergreen", "Pacific Crown" };

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu", "Đức", "Thu",
			"Hoài" };

	private static final String[] GIVEN = { "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hằng", "Hùng", "Hương",
			"Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang",
			"Tuấn", "Vy", "Yến", "Nhung" };

	private static final String[] TITLES = { "Trưởng phòng Kỹ thuật", "Cán bộ phụ trách năng lượng", "Phó Giám đốc",
			"Quản đốc xưởng", "Trưởng ban ISO", "Cán bộ môi trường" };

	private static final String[] STREETS = { "Đại lộ Bình Dương", "ĐT 743", "ĐT 741", "ĐT 747", "Mỹ Phước – Tân Vạn",
			"Nguyễn Văn Tiết", "Hồ Văn Cống", "Lê Hồng Phong", "Nguyễn Thị Minh Khai", "ĐT 746", "Quốc lộ 13",
			"Huỳnh Văn Lũy" };

	/** Districts with more industry get more facilities. */
	private static final Map<String, Integer> DISTRICT_WEIGHTS = Map.of("725", 16, "724", 14, "721", 14, "723", 13,
			"718", 10, "719", 10, "726", 10, "722", 5, "720", 4);

	private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern
		.compile("^Công ty (TNHH MTV|TNHH|Cổ phần) ");

	private record Sector(String code, int weight, String word, String products) {
	}

	private final JdbcTemplate jdbc;

	private final Places reference;

	FacilityGenerator(JdbcTemplate jdbc, Places reference) {
		this.jdbc = jdbc;
		this.reference = reference;
	}

	/**
	 * Inserts about {@code count} facilities and their enterprises; returns the
	 * facilities made.
	 */
	@Transactional
	public int generate(int count, long seed) {
		Random random = new Random(seed);
		List<UnitView> communes = weightedCommunes();
		List<ZoneView> zones = this.reference.zones();
		long firstCode = this.jdbc.queryForObject("SELECT COUNT(*) FROM facility", Long.class) + 1;
		List<Object[]> enterprises = new ArrayList<>();
		List<Object[]> facilities = new ArrayList<>();
		List<Object[]> contacts = new ArrayList<>();
		java.util.Set<String> taxCodes = new java.util.HashSet<>(
				this.jdbc.queryForList("SELECT tax_code FROM enterprise", String.class));
		long nextEnterprise = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM enterprise", Long.class) + 1;
		long nextFacility = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM facility", Long.class) + 1;
		int made = 0;
		while (made < count) {
			Sector sector = pick(random);
			Ownership ownership = (random.nextInt(100) < 35) ? Ownership.FOREIGN
					: (random.nextInt(100) < 6) ? Ownership.STATE : Ownership.PRIVATE;
			String enterpriseName = enterpriseName(random, sector, ownership);
			String shortName = LEGAL_FORM.matcher(enterpriseName).replaceFirst("");
			String taxCode = taxCode(random, taxCodes);
			long enterpriseId = nextEnterprise++;
			UnitView home = communes.get(random.nextInt(communes.size()));
			String headOffice = address(random, home, null);
			enterprises.add(new Object[] { enterpriseId, taxCode, enterpriseName, null, headOffice, ownership.name(),
					person(random), phone(random), null, Texts.fold(taxCode + " " + enterpriseName), ts(SEEDED_AT),
					ts(SEEDED_AT) });
			int sites = Math.min(count - made, (random.nextInt(100) < 85) ? 1 : 2 + random.nextInt(2));
			for (int site = 0; site < sites; site++) {
				UnitView unit = (site == 0) ? home : communes.get(random.nextInt(communes.size()));
				ZoneView zone = (random.nextInt(100) < 55 && !zones.isEmpty()) ? zones.get(random.nextInt(zones.size()))
						: null;
				String code = "CS-%06d".formatted(firstCode + made);
				String name = ((sites == 1) ? "Nhà máy " : "Nhà máy số " + (site + 1) + " – ") + shortName;
				int employees = (int) Math.round(Math.exp(3.5 + random.nextGaussian() * 1.1));
				employees = Math.clamp(employees, 5, 12_000);
				// Large sites are likely CP candidates. Whether a site is a
				// designated energy user is derived from its records later.
				boolean likelyLarge = employees > 800 && random.nextInt(100) < 55 || random.nextInt(100) < 3;
				boolean cpPotential = likelyLarge || random.nextInt(100) < 55;
				boolean closed = random.nextInt(100) < 4;
				String address = address(random, unit, zone);
				long facilityId = nextFacility++;
				facilities.add(new Object[] { facilityId, code, enterpriseId, name, address, unit.id(),
						(zone != null) ? zone.id() : null, sector.code(), sector.products(), employees, cpPotential,
						false, closed ? "CLOSED" : "ACTIVE",
						closed ? java.sql.Date
							.valueOf(LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1)) : null,
						Facility.searchText(code, name, enterpriseName, taxCode, address, sector.products()),
						ts(SEEDED_AT), ts(SEEDED_AT) });
				contacts.add(new Object[] { facilityId, 0, person(random), TITLES[random.nextInt(TITLES.length)],
						phone(random), null });
				made++;
			}
		}
		this.jdbc.batchUpdate("""
				INSERT INTO enterprise (id, tax_code, name, name_en, address, ownership, representative, phone, email,
				    search_text, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", enterprises);
		this.jdbc.batchUpdate(
				"""
						INSERT INTO facility (id, code, enterprise_id, name, address, unit_id, zone_id, sector_code, main_products,
						    employees, cp_potential, designated_energy_user, status, closed_on, search_text, created_at, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				facilities);
		this.jdbc.batchUpdate("""
				INSERT INTO facility_contact (facility_id, position_index, name, job_title, phone, email)
				VALUES (?, ?, ?, ?, ?, ?)
				""", contacts);
		restartIdentity("enterprise", nextEnterprise);
		restartIdentity("facility", nextFacility);
		this.jdbc.execute("ALTER SEQUENCE facility_code_seq RESTART WITH " + (firstCode + made));
		return made;
	}

	private void restartIdentity(String table, long next) {
		this.jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
	}

	private List<UnitView> weightedCommunes() {
		LocalDate before = LocalDate.of(2025, 6, 30);
		List<UnitView> communes = new ArrayList<>();
		for (UnitView unit : this.reference.units()) {
			if (unit.level() == UnitLevel.COMMUNE && unit.isValidOn(before) && unit.parentId() != null) {
				String district = this.reference.unit(unit.parentId()).map(UnitView::code).orElse("");
				for (int i = 0; i < DISTRICT_WEIGHTS.getOrDefault(district, 3); i++) {
					communes.add(unit);
				}
			}
		}
		return communes;
	}

	private static Sector pick(Random random) {
		int total = SECTORS.stream().mapToInt(Sector::weight).sum();
		int roll = random.nextInt(total);
		for (Sector sector : SECTORS) {
			roll -= sector.weight();
			if (roll < 0) {
				return sector;
			}
		}
		return SECTORS.getLast();
	}

	private static String enterpriseName(Random random, Sector sector, Ownership ownership) {
		return switch (ownership) {
			case FOREIGN -> "Công ty TNHH " + FOREIGN_WORDS[random.nextInt(FOREIGN_WORDS.length)] + " " + sector.word()
					+ " Việt Nam " + (1 + random.nextInt(99));
			case STATE -> "Công ty TNHH MTV " + sector.word() + " " + NAME_WORDS[random.nextInt(NAME_WORDS.length)]
					+ " Bình Dương";
			case PRIVATE -> ((random.nextBoolean()) ? "Công ty TNHH " : "Công ty Cổ phần ") + sector.word() + " "
					+ NAME_WORDS[random.nextInt(NAME_WORDS.length)] + " " + (1 + random.nextInt(99));
		};
	}

	/** A tax code of the Binh Duong tax office (prefix 37) with a valid check digit. */
	private static String taxCode(Random random, java.util.Set<String> taken) {
		while (true) {
			String nine = "37" + "%07d".formatted(random.nextInt(10_000_000));
			int check = TaxCode.checkDigit(nine);
			String code = nine + check;
			if (check >= 0 && taken.add(code)) {
				return code;
			}
		}
	}

	private String address(Random random, UnitView unit, ZoneView zone) {
		String place = this.reference.label(unit.id(), false) + ", tỉnh Bình Dương";
		if (zone != null) {
			return "Lô " + (char) ('A' + random.nextInt(12)) + (1 + random.nextInt(40)) + ", " + zone.name() + ", "
					+ place;
		}
		return "Số " + (1 + random.nextInt(300)) + ", " + STREETS[random.nextInt(STREETS.length)] + ", " + place;
	}

	private static String person(Random random) {
		return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
				+ GIVEN[random.nextInt(GIVEN.length)];
	}

	private static String phone(Random random) {
		return "0274 3" + "%06d".formatted(random.nextInt(1_000_000));
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
