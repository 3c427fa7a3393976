package org.cleanprod.consumption;

import org.cleanprod.consumption.web.ConsumptionApiController;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bulk records API with its idempotency keys. Every call commits, as it does in
 * production, so that a rejected batch is seen to leave nothing behind, not even its key;
 * the data is removed after each test.
 */
@IntegrationTest
@BothDatabases
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RecordsBulkApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FacilityService facilities;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	IdempotencyKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	CommittedData data;

	CurrentUser officer;

	long mill;

	String code;

	@BeforeEach
	void setUp() {
		this.officer = this.data.user(this.users.officer());
		this.mill = this.data.textileFacility(this.officer, "Nhà máy Dệt Lô");
		this.code = this.facilities.require(this.mill, this.officer, false).code();
		this.consumption.addProduct(this.mill, "Vải mộc", MeasureUnit.METRE, true, this.officer);
	}

	@AfterEach
	void removeCommittedData() {
		this.data.removeAll();
	}

	@Test
	void aBatchIsWrittenOnceAndItsAnswerReplayedForTheSameKey() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = batch("100", "5000");
		bulk(key, body).andExpect(status().isOk())
			.andExpect(header().doesNotExist(ConsumptionApiController.REPLAYED))
			.andExpect(jsonPath("$.read", is(3)))
			.andExpect(jsonPath("$.inserted", is(3)))
			.andExpect(jsonPath("$.updated", is(0)))
			.andExpect(jsonPath("$.unchanged", is(0)));
		assertThat(records()).isEqualTo(3);
		long revisions = revisions();

		String reformatted = body.replace("\"quantity\": 100,", "\"quantity\": 100.00,").replace(", ", ",");
		bulk(key, reformatted).andExpect(status().isOk())
			.andExpect(header().string(ConsumptionApiController.REPLAYED, "true"))
			.andExpect(jsonPath("$.inserted", is(3)));
		assertThat(records()).isEqualTo(3);
		assertThat(revisions()).isEqualTo(revisions);

		bulk(UUID.randomUUID().toString(), batch("150", "5000")).andExpect(status().isOk())
			.andExpect(header().doesNotExist(ConsumptionApiController.REPLAYED))
			.andExpect(jsonPath("$.updated", is(1)))
			.andExpect(jsonPath("$.unchanged", is(2)));
	}

	/**
	 * Two calls with one key at the same moment: one writes, the other waits for it on
	 * the key and answers its result, whichever order the database lets them in.
	 */
	@Test
	void concurrentCallsWithOneKeyWriteOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = batch("100", "5000");
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<MvcResult> call = () -> {
			start.await(1, TimeUnit.MINUTES);
			return bulk(key, body).andReturn();
		};
		List<MvcResult> results = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<MvcResult>> calls = List.of(pool.submit(call), pool.submit(call));
			for (Future<MvcResult> result : calls) {
				results.add(result.get(1, TimeUnit.MINUTES));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(results).allSatisfy(result -> assertThat(result.getResponse().getStatus()).isEqualTo(200));
		assertThat(results)
			.filteredOn(result -> "true".equals(result.getResponse().getHeader(ConsumptionApiController.REPLAYED)))
			.hasSize(1);
		assertThat(records()).isEqualTo(3);
		assertThat(revisions()).as("nothing was replaced").isZero();
	}

	@Test
	void theSameKeyWithAnotherBatchIs422AndWritesNothing() throws Exception {
		String key = UUID.randomUUID().toString();
		bulk(key, batch("100", "5000")).andExpect(status().isOk());
		bulk(key, batch("999", "5000")).andExpect(status().is(422))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(422)))
			.andExpect(jsonPath("$.title", is("Khóa Idempotency-Key đã dùng cho một yêu cầu khác")));
		assertThat(this.consumption
			.records(this.mill, java.time.YearMonth.of(2024, 1), java.time.YearMonth.of(2024, 1), this.officer, false)
			.consumption()).singleElement()
			.satisfies(value -> assertThat(value.quantity()).isEqualByComparingTo("100"));
		this.mvc
			.perform(post("/api/v1/records/bulk").with(as(this.officer))
				.with(csrf())
				.header(ConsumptionApiController.IDEMPOTENCY_KEY, key)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch("999", "5000")))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.title", is("Key reused with a different request")));
	}

	@Test
	void theKeyIsRequired() throws Exception {
		this.mvc
			.perform(post("/api/v1/records/bulk").with(as(this.officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch("100", "5000")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field", is("Idempotency-Key")));
		bulk("x".repeat(101), batch("100", "5000")).andExpect(status().isBadRequest());
		assertThat(records()).isZero();
	}

	@Test
	void aBadBatchIsRejectedWholeWithEveryBadRecordAndLeavesNoKey() throws Exception {
		String key = UUID.randomUUID().toString();
		String shapes = "{\"records\": [" + record("ELECTRICITY", null, "2024-01", "100", "kWh") + ", "
				+ record("ELECTRICITY", null, "2024-02", null, "kWh") + ", "
				+ record("ELECTRICITY", null, "01/2024", "5", "kWh") + ", "
				+ record("Điện năng", null, "2024-01", "7", "kWh") + ", " + record(null, null, "2024-03", "7", "kWh")
				+ "]}";
		bulk(key, shapes).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					hasItems("records[1].quantity", "records[2].month", "records[3].month", "records[4].resource")))
			.andExpect(jsonPath("$.errors[*].field", not(hasItem(org.hamcrest.Matchers.startsWith("records[0]")))))
			.andExpect(jsonPath("$.errors[?(@.field == 'records[3].month')].message",
					hasItem(org.hamcrest.Matchers.containsString("0"))));

		String semantics = "{\"records\": [" + record("ELECTRICITY", null, "2024-01", "100", "kWh") + ", "
				+ record("ELECTRICITY", null, "2024-02", "100", "parsec") + ", "
				+ "{\"facilityCode\": \"CS-999999\", \"resource\": \"WATER\", \"month\": \"2024-01\", \"quantity\": 1}, "
				+ record(null, "Vải lụa", "2024-01", "5", null) + "]}";
		bulk(key, semantics).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					hasItems("records[1].unit", "records[2].facilityCode", "records[3].product")))
			.andExpect(jsonPath("$.errors[?(@.field == 'records[2].facilityCode')].message",
					hasItem(org.hamcrest.Matchers.containsString("CS-999999"))));
		assertThat(records()).isZero();
		assertThat(this.keys.find(key, this.officer.id())).isEmpty();

		bulk(key, batch("100", "5000")).andExpect(status().isOk()).andExpect(jsonPath("$.inserted", is(3)));
	}

	@Test
	void expiredKeysAreForgotten() throws Exception {
		String key = UUID.randomUUID().toString();
		bulk(key, batch("100", "5000")).andExpect(status().isOk());
		this.jdbc
			.sql("UPDATE idempotency_key SET created_at = created_at - INTERVAL '2' DAY WHERE idempotency_key = :key")
			.param("key", key)
			.update();
		assertThat(this.keys.find(key, this.officer.id())).isEmpty();
		bulk(key, batch("120", "5000")).andExpect(status().isOk())
			.andExpect(header().doesNotExist(ConsumptionApiController.REPLAYED))
			.andExpect(jsonPath("$.updated", is(1)));
		this.jdbc
			.sql("UPDATE idempotency_key SET created_at = created_at - INTERVAL '2' DAY WHERE idempotency_key = :key")
			.param("key", key)
			.update();
		this.keys.deleteExpired();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM idempotency_key WHERE idempotency_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void keysBelongToTheirUser() throws Exception {
		String key = UUID.randomUUID().toString();
		bulk(key, batch("100", "5000")).andExpect(status().isOk());
		CurrentUser colleague = this.data.user(this.users.officer());
		this.mvc
			.perform(post("/api/v1/records/bulk").with(as(colleague))
				.with(csrf())
				.header(ConsumptionApiController.IDEMPOTENCY_KEY, key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch("100", "5000")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(ConsumptionApiController.REPLAYED))
			.andExpect(jsonPath("$.unchanged", is(3)));
	}

	@Test
	void facilitiesOutsideTheScopeAreRejectedAndWritingNeedsConsumptionEdit() throws Exception {
		long other = this.data.textileFacility(this.officer, "Nhà máy Khác Lô");
		CurrentUser owner = this.users.enterprise(this.facilities.require(other, this.officer, false).enterpriseId());
		this.mvc
			.perform(post("/api/v1/records/bulk").with(as(owner))
				.with(csrf())
				.header(ConsumptionApiController.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch("100", "5000")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("records[0].facilityCode")));
		this.mvc
			.perform(post("/api/v1/records/bulk").with(as(this.users.consultant()))
				.with(csrf())
				.header(ConsumptionApiController.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch("100", "5000")))
			.andExpect(status().isForbidden());
		assertThat(records()).isZero();
	}

	private ResultActions bulk(String key, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/records/bulk").with(as(this.officer))
			.with(csrf())
			.header(ConsumptionApiController.IDEMPOTENCY_KEY, key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** Electricity of January and February 2024 and production of January. */
	private String batch(String january, String production) {
		return "{\"records\": [" + record("ELECTRICITY", null, "2024-01", january, "kWh") + ", "
				+ record("ELECTRICITY", null, "2024-02", "200", "kWh") + ", "
				+ record(null, "Vải mộc", "2024-01", production, null) + "]}";
	}

	private String record(String resource, String product, String month, String quantity, String unit) {
		return "{\"facilityCode\": \"" + this.code + "\", " + field("resource", resource) + field("product", product)
				+ "\"month\": \"" + month + "\", \"quantity\": " + quantity + ", " + field("unit", unit)
				+ "\"source\": null}";
	}

	private static String field(String name, String value) {
		return "\"" + name + "\": " + ((value != null) ? "\"" + value + "\"" : "null") + ", ";
	}

	private long records() {
		return this.jdbc
			.sql("SELECT (SELECT COUNT(*) FROM consumption_record WHERE facility_id = :id)"
					+ " + (SELECT COUNT(*) FROM production_record WHERE facility_id = :id)")
			.param("id", this.mill)
			.query(Long.class)
			.single();
	}

	private long revisions() {
		return this.jdbc.sql("SELECT COUNT(*) FROM record_revision WHERE facility_id = :id")
			.param("id", this.mill)
			.query(Long.class)
			.single();
	}

}
