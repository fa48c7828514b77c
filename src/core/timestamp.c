/* Reading access logs' timestamps: see timestamp.h. */
#include "core/timestamp.h"

#include <stdio.h>
#include <string.h>

#include "core/ascii.h"

static const char months[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
				    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/*
 * The seconds of a civil date and time taken as UTC: the days from
 * 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's method).
 */
static int64_t seconds_from_civil(int year, int month, int day, int hour, int minute, int second)
{
	int64_t y = year - (month <= 2);
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t year_of_era = y - era * 400;
	int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

	return (era * 146097 + day_of_era - 719468) * 86400 + hour * 3600 + minute * 60 + second;
}

static bool civil_valid(int month, int day, int hour, int minute, int second)
{
	return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23 &&
	       minute >= 0 && minute <= 59 && second >= 0 && second <= 60;
}

/* The offset east of UTC a zone writes (+0100, +01:00), in seconds; false when there is none. */
static bool zone_offset(const char *text, size_t length, int *offset)
{
	int hours, minutes;

	if (length < 5 || (text[0] != '+' && text[0] != '-'))
		return false;
	hours = ascii_number(text + 1, 2);
	minutes = text[3] == ':' ? (length >= 6 ? ascii_number(text + 4, 2) : -1) : ascii_number(text + 3, 2);
	if (hours < 0 || minutes < 0)
		return false;
	*offset = (text[0] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
	return true;
}

bool timestamp_parse_clf(const char *text, size_t length, int64_t *seconds)
{
	int day, year, hour, minute, second, month = 0, offset = 0;
	size_t used = 20;

	if (length < 20 || text[2] != '/' || text[6] != '/' || text[11] != ':' || text[14] != ':' ||
	    text[17] != ':')
		return false;
	for (int i = 0; i < 12; i++)
		if (memcmp(text + 3, months[i], 3) == 0)
			month = i + 1;
	day = ascii_number(text, 2);
	year = ascii_number(text + 7, 4);
	hour = ascii_number(text + 12, 2);
	minute = ascii_number(text + 15, 2);
	second = ascii_number(text + 18, 2);
	if (month == 0 || day < 0 || year < 0 || !civil_valid(month, day, hour, minute, second))
		return false;
	/* HAProxy's milliseconds, then a zone after a space when there is one. */
	if (used < length && text[used] == '.')
		while (++used < length && text[used] >= '0' && text[used] <= '9')
			;
	if (used + 1 < length && text[used] == ' ')
		zone_offset(text + used + 1, length - used - 1, &offset);
	*seconds = seconds_from_civil(year, month, day, hour, minute, second) - offset;
	return true;
}

bool timestamp_parse_iso(const char *text, size_t length, int64_t *seconds)
{
	int year, month, day, hour, minute, second, offset = 0;
	size_t used = 19;

	if (length < 19 || text[4] != '-' || text[7] != '-' ||
	    (text[10] != 'T' && text[10] != ' ' && text[10] != '\t') || text[13] != ':' ||
	    text[16] != ':')
		return false;
	year = ascii_number(text, 4);
	month = ascii_number(text + 5, 2);
	day = ascii_number(text + 8, 2);
	hour = ascii_number(text + 11, 2);
	minute = ascii_number(text + 14, 2);
	second = ascii_number(text + 17, 2);
	if (year < 0 || !civil_valid(month, day, hour, minute, second))
		return false;
	if (used < length && (text[used] == '.' || text[used] == ','))
		while (++used < length && text[used] >= '0' && text[used] <= '9')
			;
	if (used < length && text[used] != 'Z')
		zone_offset(text + used, length - used, &offset);
	*seconds = seconds_from_civil(year, month, day, hour, minute, second) - offset;
	return true;
}

bool timestamp_parse_duration(const char *text, int64_t *seconds)
{
	static const char units[] = "smhd";
	static const int64_t unit_seconds[] = { 1, 60, 3600, 86400 };
	int64_t number = 0;
	const char *unit;
	size_t length = 0;

	while (text[length] >= '0' && text[length] <= '9' && length < 7)
		number = number * 10 + (text[length++] - '0');
	if (length == 0 || number == 0 || text[length] == '\0' || text[length + 1] != '\0' ||
	    (unit = strchr(units, text[length])) == NULL)
		return false;
	*seconds = number * unit_seconds[unit - units];
	return true;
}

void timestamp_format(int64_t seconds, char text[21])
{
	int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
	int64_t rest = seconds - days * 86400;
	/* Hinnant's civil_from_days, the inverse of seconds_from_civil's day count. */
	int64_t z = days + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t day_of_era = z - era * 146097;
	int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
	int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	int64_t mp = (5 * day_of_year + 2) / 153;
	int day = (int)(day_of_year - (153 * mp + 2) / 5 + 1);
	int month = (int)(mp < 10 ? mp + 3 : mp - 9);
	int year = (int)(year_of_era + era * 400 + (month <= 2));

	char wide[64];	/* room for what the compiler cannot tell is in range */

	snprintf(wide, sizeof wide, "%04d-%02d-%02dT%02d:%02d:%02dZ", year % 10000, month, day,
		 (int)(rest / 3600), (int)(rest / 60 % 60), (int)(rest % 60));
	memcpy(text, wide, 20);
	text[20] = '\0';
}
