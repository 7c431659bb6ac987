-- A released round's summaries are written once, at close, and read back whole; nothing queries
-- inside them. As json (the text, checked to be JSON) instead of jsonb (parsed into a binary
-- form on the way in), storing the 1,051 summaries of a 1,000-team round (about 11 MB) costs the
-- database about half the processor time, and the close holds the round's lock that much less.
ALTER TABLE release
  ALTER COLUMN summary TYPE json USING summary::json,
  ALTER COLUMN respondents TYPE json USING respondents::json,
  ALTER COLUMN self TYPE json USING self::json;
