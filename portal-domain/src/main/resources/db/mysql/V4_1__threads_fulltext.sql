-- MySQL/MariaDB only (the embedded H2 searches with LIKE): FULLTEXT indexes for thread search.
CREATE FULLTEXT INDEX ft_conversation_title ON conversation (title);
CREATE FULLTEXT INDEX ft_post_body ON post (body_markdown);
