/*
 * Candidates for shell completion. The bash, zsh and fish scripts in
 * completions/ run "httpstatus --complete WORD..." with the words typed so
 * far (the last one being completed) and show what this prints: one
 * candidate a line, then a tab and its description. Subcommands, options
 * and codes come from the binary's own tables, so the scripts never list
 * them. A lone "@files" asks the shell to complete file names.
 */
#include <getopt.h>
#include <string.h>

#include "cli/complete.h"
#include "core/choose.h"
#include "core/exit_status.h"
#include "output/fields.h"
#include "cli/options.h"
#include "core/status.h"
#include "cli/subcommands.h"

static bool has_prefix(const char *text, const char *prefix)
{
	return strncmp(text, prefix, strlen(prefix)) == 0;
}

static void candidate(FILE *out, const char *prefix, const char *value,
		      const char *description, const char *typed)
{
	char whole[128];

	snprintf(whole, sizeof whole, "%s%s", prefix, value);
	if (has_prefix(whole, typed))
		fprintf(out, "%s\t%.*s\n", whole, (int)strcspn(description, "\n"), description);
}

/* The values an option takes: --field's field names, or the words of its value list. */
static void complete_values(FILE *out, const char *prefix, const char *option, const char *typed)
{
	const char *const *values = options_values_of(option);

	if (strcmp(option, "field") == 0) {
		/* --field takes a list: the fields already typed stay in front of the one completed. */
		const char *comma = strrchr(typed, ',');
		char listed[128];

		snprintf(listed, sizeof listed, "%.*s", comma != NULL ? (int)(comma - typed + 1) : (int)strlen(prefix),
			 comma != NULL ? typed : prefix);
		for (int field = 0; field < FIELD_COUNT; field++)
			candidate(out, listed, schema_fields[field].name, "field", typed);
		return;
	}
	for (int i = 0; values != NULL && values[i] != NULL; i++)
		candidate(out, prefix, values[i], option, typed);
}

static void complete_options(FILE *out, const char *typed)
{
	char name[64];

	for (const struct option_doc *doc = option_docs; doc->name != NULL; doc++) {
		snprintf(name, sizeof name, "%s%s", doc->name,
			 doc->has_arg == required_argument ? "=" : "");
		candidate(out, "--", name, doc->description, typed);
	}
}

static void complete_codes(FILE *out, const char *typed)
{
	char code[16], description[160];

	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];

		if (i > 0 && status_table[i - 1].code == status->code)
			continue;
		snprintf(code, sizeof code, "%03d", status->code);	/* 000, as curl writes it */
		if (!status_is_registered(status))
			snprintf(description, sizeof description, "%s (%s)", status->phrase, status->origin);
		else
			snprintf(description, sizeof description, "%s", status->phrase);
		candidate(out, "", code, description, typed);
	}
}

static void complete_classes(FILE *out, const char *typed)
{
	char pattern[16];

	for (int digit = 1; digit < STATUS_CLASS_COUNT; digit++) {
		snprintf(pattern, sizeof pattern, "%dxx", digit);
		candidate(out, "", pattern, status_classes[digit].name, typed);
	}
}

/* choose's topics, as one word each ("client-error"), which choose reads as the topic. */
static void complete_topics(FILE *out, const char *typed)
{
	char topic[64], description[32];

	for (const struct choose_node *root = choose_next_topic(NULL); root != NULL;
	     root = choose_next_topic(root)) {
		snprintf(topic, sizeof topic, "%s", root->topic);
		for (char *c = topic; *c != '\0'; c++)
			if (*c == ' ')
				*c = '-';
		snprintf(description, sizeof description, "%dxx codes", root->class_digit);
		candidate(out, "", topic, description, typed);
	}
}

/*
 * The option a word needs a value for, given as a separate word ("-f",
 * "--format"): one whose has_arg says it requires one; NULL otherwise.
 */
static const char *option_wanting_value(const char *word)
{
	for (const struct option_doc *doc = option_docs; doc->name != NULL; doc++) {
		if (doc->has_arg != required_argument)
			continue;
		if ((word[0] == '-' && word[1] == doc->value && word[2] == '\0' && doc->value < 256) ||
		    (strncmp(word, "--", 2) == 0 && strcmp(word + 2, doc->name) == 0))
			return doc->name;
	}
	return NULL;
}

/* Finds the subcommand among the words before the last; counts the operands. */
static const struct subcommand *complete_subcommand(int count, char **words, int *operands)
{
	const struct subcommand *found = NULL;

	*operands = 0;
	for (int i = 0; i < count - 1; i++) {
		if (words[i][0] == '-' && words[i][1] != '\0') {
			i += option_wanting_value(words[i]) != NULL;
			continue;
		}
		if (*operands == 0 && found == NULL && subcommand_find(words[i]) != NULL)
			found = subcommand_find(words[i]);
		else
			(*operands)++;
	}
	return found;
}

static void complete_operand(FILE *out, int count, char **words, const char *typed)
{
	int operands;
	const struct subcommand *subcommand = complete_subcommand(count, words, &operands);

	if (subcommand == NULL) {
		if (operands == 0)
			for (const struct subcommand *s = subcommands; s->name != NULL; s++)
				candidate(out, "", s->name, s->description, typed);
		complete_codes(out, typed);
	} else if (subcommand->operands == OPERANDS_CLASSES) {
		complete_classes(out, typed);
	} else if (subcommand->operands == OPERANDS_TOPICS) {
		complete_topics(out, typed);
	} else if (subcommand->operands == OPERANDS_FILES) {
		fputs("@files\n", out);
	} else if (subcommand->operands == OPERANDS_QUERIES) {
		complete_codes(out, typed);
	}
}

int complete_run(FILE *out, int count, char **words)
{
	const char *typed = count > 0 ? words[count - 1] : "";
	const char *previous = count > 1 ? words[count - 2] : "";
	const char *equals = strchr(typed, '=');

	if (option_wanting_value(previous) != NULL) {
		complete_values(out, "", option_wanting_value(previous), typed);
	} else if (has_prefix(typed, "--") && equals != NULL) {
		char option[64], prefix[80];

		snprintf(option, sizeof option, "%.*s", (int)(equals - typed - 2), typed + 2);
		snprintf(prefix, sizeof prefix, "--%s=", option);
		complete_values(out, prefix, option, typed);
	} else if (typed[0] == '-') {
		complete_options(out, typed);
	} else {
		complete_operand(out, count, words, typed);
	}
	return EXIT_ANSWERED;
}
