/*
 * httpstatus-gen: checks data/status.csv and data/classes.csv and writes
 * the C sources the binary is built from.
 *
 * usage: httpstatus-gen [-g GUIDES_DIRECTORY] STATUS_CSV CLASSES_CSV SUBSTATUS_CSV
 *                       OUTPUT_DIRECTORY [MANUAL_DATE]
 *
 * With -g it also checks the guides in GUIDES_DIRECTORY (advice.csv,
 * choose.csv, synonyms.csv, spellings.csv, situations.csv) and writes
 * guides_data.c and the search index, search_index_data.c.
 *
 * MANUAL_DATE is the .Dd date of httpstatus-codes(7); the Makefile passes the
 * one httpstatus(1) carries, so the output depends only on the sources.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_rows.h"
#include "dataset.h"
#include "emit.h"
#include "guides.h"
#include "search_index.h"
#include "situations.h"

static void read_table(const char *path, struct csv_table *table, struct diag *diag)
{
	FILE *in = fopen(path, "r");

	if (in == NULL)
		err(1, "%s", path);
	if (csv_rows_read(in, path, table, diag) != 0)
		exit(1);
	fclose(in);
}

/* Each file is written whole under a temporary name, then renamed into place. */
static void write_file(const char *directory, const char *name,
		       void (*emit)(FILE *, const struct dataset *),
		       const struct dataset *data)
{
	char path[4096], temporary[4096 + 8];
	FILE *out;

	snprintf(path, sizeof path, "%s/%s", directory, name);
	snprintf(temporary, sizeof temporary, "%s.tmp", path);
	out = fopen(temporary, "w");
	if (out == NULL)
		err(1, "%s", temporary);
	emit(out, data);
	if (fclose(out) != 0)
		err(1, "%s", temporary);
	if (rename(temporary, path) != 0)
		err(1, "%s", path);
}

static struct guides guides;

static void emit_guides(FILE *out, const struct dataset *data)
{
	(void)data;
	guides_emit(out, &guides);
}

static struct situations situations;

/* The index makes British spellings American as search does, with spellings.csv's rows. */
static void emit_search(FILE *out, const struct dataset *data)
{
	const struct csv_table *table = &guides.tables[GUIDE_SPELLINGS];
	struct spelling *spellings = diag_check_alloc(calloc(table->row_count, sizeof *spellings));

	for (size_t r = 1; r < table->row_count; r++)
		spellings[r - 1] = (struct spelling){ table->rows[r].fields[0], table->rows[r].fields[1] };
	search_index_emit(out, &(struct search_sources){ data, &situations, &guides.tables[GUIDE_SYNONYMS],
							 spellings, table->row_count - 1 });
	free(spellings);
}

int main(int argc, char **argv)
{
	struct diag diag = { stderr, 0, "" };
	struct csv_table statuses, classes, substatuses;
	struct dataset data = { 0 };
	const char *guides_directory = NULL;

	if (argc > 2 && strcmp(argv[1], "-g") == 0) {
		guides_directory = argv[2];
		argc -= 2;
		argv += 2;
	}
	if (argc != 5 && argc != 6) {
		fprintf(stderr, "usage: httpstatus-gen [-g GUIDES_DIRECTORY] STATUS_CSV CLASSES_CSV SUBSTATUS_CSV OUTPUT_DIRECTORY [MANUAL_DATE]\n");
		return 2;
	}
	read_table(argv[1], &statuses, &diag);
	read_table(argv[2], &classes, &diag);
	read_table(argv[3], &substatuses, &diag);
	dataset_load_statuses(&data, &statuses, argv[1], &diag);
	dataset_load_classes(&data, &classes, argv[2], &diag);
	if (diag.errors == 0)	/* sub-statuses name codes of a valid status.csv */
		dataset_load_substatuses(&data, &substatuses, argv[3], &diag);
	if (guides_directory != NULL && diag.errors == 0) {
		guides_check(&guides, guides_directory, &data, &diag);
		if (diag.errors == 0)
			situations_tie(&situations, &guides.tables[GUIDE_SITUATIONS], &data);
	}
	if (diag.errors > 0)
		return 1;
	if (guides_directory != NULL) {
		write_file(argv[4], "guides_data.c", emit_guides, &data);
		write_file(argv[4], "search_index_data.c", emit_search, &data);
	}
	write_file(argv[4], "status_data.c", emit_table, &data);
	write_file(argv[4], "status_data.h", emit_sizes, &data);
	write_file(argv[4], "status_names.gperf", emit_gperf, &data);
	data.manual_date = argc == 6 ? argv[5] : "January 1, 1970";
	write_file(argv[4], "httpstatus-codes.7", emit_manual, &data);
	dataset_free(&data);
	csv_table_free(&statuses);
	csv_table_free(&classes);
	csv_table_free(&substatuses);
	guides_free(&guides);
	situations_free(&situations);
	return 0;
}
