package org.cleanprod.admin.users;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;
import org.cleanprod.shared.security.ScopeKind;
import org.cleanprod.shared.text.Texts;

/**
 * A user account: sign-in name, role and the data scope the role needs (units, an agency
 * or zone board, an enterprise). Demo accounts are marked so production can refuse them.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String email;

	private String phone;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long agencyId;

	private Long enterpriseId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_unit", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new HashSet<>();

	private boolean enabled = true;

	private boolean demo;

	private String searchText;

	private Instant createdAt;

	private Instant lastLoginAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
		this.username = normalise(username);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
		refreshSearchText();
	}

	public static String normalise(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	/** The data scope of the account, as its role defines it. */
	public Scope scope() {
		ScopeKind kind = this.role.scopeKind();
		return switch (kind) {
			case ALL, ASSIGNED -> new Scope(kind, Set.of(), null, null, this.id);
			case UNITS -> new Scope(kind, this.unitIds, null, null, this.id);
			case ZONE_BOARD, AGENCY -> new Scope(kind, Set.of(), this.agencyId, null, this.id);
			case ENTERPRISE -> new Scope(kind, Set.of(), null, this.enterpriseId, this.id);
		};
	}

	/** Sets role and scope together; fields the role does not use are cleared. */
	public void assign(Role role, Set<Long> unitIds, Long agencyId, Long enterpriseId) {
		this.role = role;
		ScopeKind kind = role.scopeKind();
		Set<Long> units = (kind == ScopeKind.UNITS) ? Set.copyOf(unitIds) : Set.of();
		if (!this.unitIds.equals(units)) {
			// Changed in place, and only when different: a new collection would be
			// rewritten (and the version raised) on every save.
			this.unitIds.clear();
			this.unitIds.addAll(units);
		}
		this.agencyId = (kind == ScopeKind.AGENCY || kind == ScopeKind.ZONE_BOARD) ? agencyId : null;
		this.enterpriseId = (kind == ScopeKind.ENTERPRISE) ? enterpriseId : null;
	}

	/** Sets the contact details; true when anything changed. */
	boolean describe(String displayName, String email, String phone) {
		boolean changed = !Objects.equals(this.displayName, displayName) || !Objects.equals(this.email, email)
				|| !Objects.equals(this.phone, phone);
		this.displayName = displayName;
		this.email = email;
		this.phone = phone;
		refreshSearchText();
		return changed;
	}

	/**
	 * User name, display name and e-mail folded for accent-free search ("nguyen" finds
	 * "Nguyễn").
	 */
	private void refreshSearchText() {
		this.searchText = Texts.fold(String.join(" ", this.username, Objects.toString(this.displayName, ""),
				Objects.toString(this.email, "")));
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getEmail() {
		return this.email;
	}

	String getPhone() {
		return this.phone;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public Set<Long> getUnitIds() {
		return Set.copyOf(this.unitIds);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isDemo() {
		return this.demo;
	}

	public void markDemo() {
		this.demo = true;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public void signedIn(Instant at) {
		this.lastLoginAt = at;
	}

	public long getVersion() {
		return this.version;
	}

}
