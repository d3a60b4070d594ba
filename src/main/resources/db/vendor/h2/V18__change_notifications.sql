-- Change notifications are a server feature (PostgreSQL's LISTEN/NOTIFY, V18 there): the embedded
-- database has one user at a time (the data folder's lock), so nothing changes here.
SELECT 1;
