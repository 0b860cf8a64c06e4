"""The corpus store's schema, as numbered migrations recorded in the database.

Each migration runs once, inside a transaction with the row that records it, so applying them
again (a second `dyads ingest`, or one interrupted and rerun) is safe. Add a migration to change
the schema; never edit one that has shipped.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "articles, actors, events, quotes, stances, rejections and event clusters",
        """
        CREATE SEQUENCE article_keys START 1;
        CREATE SEQUENCE event_keys START 1;
        CREATE TABLE articles (
            article_key BIGINT PRIMARY KEY DEFAULT nextval('article_keys'),
            hash VARCHAR NOT NULL UNIQUE,
            id VARCHAR NOT NULL,
            title VARCHAR,
            date DATE,
            place VARCHAR,
            url VARCHAR,
            source VARCHAR,
            input VARCHAR,
            text VARCHAR NOT NULL,
            metadata JSON,
            dateline JSON,
            ingested_at TIMESTAMP NOT NULL
        );
        CREATE TABLE actors (
            article_key BIGINT NOT NULL,
            actor_id VARCHAR NOT NULL,
            code VARCHAR,
            name VARCHAR,
            kind VARCHAR,
            country VARCHAR,
            sectors VARCHAR[],
            members VARCHAR[],
            entry VARCHAR,
            mentions INTEGER[][],
            PRIMARY KEY (article_key, actor_id)
        );
        CREATE TABLE events (
            event_key BIGINT PRIMARY KEY DEFAULT nextval('event_keys'),
            article_key BIGINT NOT NULL,
            event_id VARCHAR NOT NULL,
            cameo VARCHAR NOT NULL,
            cameo_name VARCHAR,
            root VARCHAR NOT NULL,
            quad_class INTEGER,
            goldstein DOUBLE,
            plover_type VARCHAR,
            plover_mode VARCHAR,
            plover_context VARCHAR,
            sentence INTEGER,
            sentence_text VARCHAR,
            source_actor VARCHAR,
            source_text VARCHAR,
            source_code VARCHAR,
            source_country VARCHAR,
            source_sectors VARCHAR[],
            target_actor VARCHAR,
            target_text VARCHAR,
            target_code VARCHAR,
            target_country VARCHAR,
            target_sectors VARCHAR[],
            speaker_code VARCHAR,
            speaker_text VARCHAR,
            trigger_text VARCHAR,
            trigger_start INTEGER,
            trigger_end INTEGER,
            rule VARCHAR,
            confidence DOUBLE,
            modality VARCHAR,
            date DATE,
            date_end DATE,
            date_source VARCHAR,
            location_name VARCHAR,
            location_country VARCHAR,
            location_admin1 VARCHAR,
            location_lat DOUBLE,
            location_lon DOUBLE,
            location_geonames_id BIGINT,
            location_type VARCHAR,
            location_source VARCHAR,
            cluster_id BIGINT,
            UNIQUE (article_key, event_id)
        );
        CREATE TABLE quotes (
            article_key BIGINT NOT NULL,
            quote_id VARCHAR NOT NULL,
            kind VARCHAR,
            text VARCHAR,
            start_char INTEGER,
            end_char INTEGER,
            sentence INTEGER,
            speaker_actor VARCHAR,
            speaker_text VARCHAR,
            speaker_code VARCHAR,
            speaker_country VARCHAR,
            cue VARCHAR,
            PRIMARY KEY (article_key, quote_id)
        );
        CREATE TABLE stances (
            article_key BIGINT NOT NULL,
            actor VARCHAR NOT NULL,
            actor_id VARCHAR,
            toward VARCHAR NOT NULL,
            toward_id VARCHAR,
            dimension VARCHAR NOT NULL,
            score DOUBLE,
            evidence JSON
        );
        CREATE TABLE rejections (
            key VARCHAR PRIMARY KEY,
            input VARCHAR,
            id VARCHAR,
            reason VARCHAR,
            rejected_at TIMESTAMP
        );
        CREATE TABLE clusters (
            cluster_id BIGINT PRIMARY KEY,
            source_code VARCHAR,
            target_code VARCHAR,
            root VARCHAR,
            first_date DATE,
            last_date DATE,
            num_mentions INTEGER,
            num_sources INTEGER,
            num_articles INTEGER
        );
        """,
    ),
    (
        2,
        "character offsets of an event's source and target mentions (GDELT's mentions table)",
        """
        ALTER TABLE events ADD COLUMN source_start INTEGER;
        ALTER TABLE events ADD COLUMN target_start INTEGER;
        """,
    ),
)
