-- How an article presents itself on the public pages: free tags (comma separated, used for
-- related articles and recommendations), a cover image (one of its own attachments), and for a
-- 政策解读 the regulation it interprets, so a regulation page can list its interpretations.

ALTER TABLE article ADD tags VARCHAR(200 CHAR);
ALTER TABLE article ADD cover_attachment_id BIGINT;
ALTER TABLE article ADD interprets_id BIGINT;
ALTER TABLE article ADD CONSTRAINT fk_article_interprets FOREIGN KEY (interprets_id) REFERENCES article (id);
CREATE INDEX ix_article_interprets ON article (interprets_id);
