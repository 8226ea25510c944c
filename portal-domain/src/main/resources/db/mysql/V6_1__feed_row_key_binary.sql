-- Row keys compare byte for byte (utf8mb4_bin): 'Paris' and 'paris' are two keys, as in H2.
ALTER TABLE feed_row MODIFY row_key VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
