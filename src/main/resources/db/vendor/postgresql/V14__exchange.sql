-- PostgreSQL's version of db/vendor/h2/V14__exchange.sql: the same tables; only the types H2 and PostgreSQL spell
-- differently differ (docs/decisions/0021-postgresql-server.md). Change neither file: H2 databases in use
-- validate the H2 one's checksum.
-- Offline exchange packages between the county bureau and its sub-bureaus (issue 7 items 5-9,
-- docs/decisions/0013-exchange-packages.md). Bookkeeping only: the exchanged records stay in their
-- own tables; the kinds exchanged are listed in model.ExchangeKinds.

-- This installation: the site (unit code) it serves, the county (hub) it reports to, and its two key
-- pairs (Ed25519 to sign, X25519 to agree package keys). The private keys lie only here, inside the
-- database file that the file key encrypts (decision 0006).
CREATE TABLE exchange_site (
    id             INT PRIMARY KEY,
    site_code      VARCHAR(20)  NOT NULL,
    hub_code       VARCHAR(20)  NOT NULL,
    sign_private   BYTEA NOT NULL,
    sign_public    BYTEA NOT NULL,
    agree_private  BYTEA NOT NULL,
    agree_public   BYTEA NOT NULL,
    -- the last change number handed out by change capture and import
    last_rev       BIGINT       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_exchange_site_single_row CHECK (id = 1)
);

-- A trusted peer site and where the exchange with it stands.
CREATE TABLE exchange_peer (
    site_code            VARCHAR(20)  PRIMARY KEY,
    sign_public          BYTEA NOT NULL,
    agree_public         BYTEA NOT NULL,
    fingerprint          VARCHAR(40)  NOT NULL,
    trusted_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    trusted_by           VARCHAR(100) NOT NULL,
    -- their packages: the last one imported (its number, when we imported it, when they made it)
    last_imported_seq    BIGINT       NOT NULL,
    last_imported_at     TIMESTAMP WITH TIME ZONE,
    last_package_made_at TIMESTAMP WITH TIME ZONE,
    -- our packages to them: the last number used, and the last one they acknowledged
    sent_seq             BIGINT       NOT NULL,
    acked_seq            BIGINT       NOT NULL,
    last_exported_at     TIMESTAMP WITH TIME ZONE
);

-- Each package made for a peer and the change number it covered up to.
CREATE TABLE exchange_sent (
    peer         VARCHAR(20) NOT NULL,
    seq          BIGINT      NOT NULL,
    up_to_rev    BIGINT      NOT NULL,
    record_count INT         NOT NULL,
    made_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (peer, seq)
);

-- The last exchanged state of every exchanged record: a hash of its columns, the change number
-- when it last changed here, its owner site, the site whose edit made this version, and the peer it
-- came from (NULL when made here).
CREATE TABLE exchange_row (
    kind        VARCHAR(40)  NOT NULL,
    row_key     VARCHAR(80)  NOT NULL,
    hash        BIGINT       NOT NULL,
    deleted     BOOLEAN      NOT NULL,
    rev         BIGINT       NOT NULL,
    owner_site  VARCHAR(20)  NOT NULL,
    source_site VARCHAR(20)  NOT NULL,
    via_site    VARCHAR(20),
    PRIMARY KEY (kind, row_key)
);
CREATE INDEX ix_exchange_row_rev ON exchange_row (rev);

-- A change that was not applied because it met a change of ours or touched a record we own:
-- kept until a user keeps ours or takes theirs.
CREATE TABLE exchange_conflict (
    id             UUID PRIMARY KEY,
    kind           VARCHAR(40)  NOT NULL,
    row_key        VARCHAR(80)  NOT NULL,
    peer           VARCHAR(20)  NOT NULL,
    package_seq    BIGINT       NOT NULL,
    owner_site     VARCHAR(20)  NOT NULL,
    source_site    VARCHAR(20)  NOT NULL,
    reason         VARCHAR(20)  NOT NULL,
    detail         VARCHAR(1000),
    theirs         BYTEA,
    mine           BYTEA,
    detected_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE,
    decided_by     VARCHAR(100)
);
CREATE INDEX ix_exchange_conflict_status ON exchange_conflict (status, detected_at);
