/*
 * Reading the timestamps that access logs write, into seconds since the
 * Unix epoch (UTC), for count --every: Common Log Format's
 * 30/Nov/2026:10:00:01 +0000 (HAProxy's accept date, which has no zone,
 * is taken as UTC) and ISO 8601's 2026-11-30T10:00:01.186641Z, with a
 * space or a tab for the T (W3C's date and time fields) and a zone of Z,
 * +hh:mm, +hhmm or none (UTC). Pure functions, no libc time zone.
 */
#ifndef TIMESTAMP_H
#define TIMESTAMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* 30/Nov/2026:10:00:01 +0000 at text; false when it is not one. */
bool timestamp_parse_clf(const char *text, size_t length, int64_t *seconds);

/* 2026-11-30T10:00:01Z (or a space or tab for the T) at text; false when it is not one. */
bool timestamp_parse_iso(const char *text, size_t length, int64_t *seconds);

/* A duration as --every takes it: a number and s, m, h or d (30s, 1m, 1h, 1d); false for anything else. */
bool timestamp_parse_duration(const char *text, int64_t *seconds);

/* Writes seconds as 2026-11-30T10:00:00Z into text[21]. */
void timestamp_format(int64_t seconds, char text[21]);

#endif
