-- Accent-free search of user accounts: user name, display name and e-mail folded to lower case
-- without diacritics ("nguyen" finds "Nguyễn"), kept by the application on every save. The user
-- list also matches the lower-cased names, so accounts saved before this column existed are found.

ALTER TABLE user_account ADD COLUMN search_text VARCHAR(500);
